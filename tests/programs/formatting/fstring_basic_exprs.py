# Checks f-string expressions: arithmetic, calls, subscripts, attributes, conditionals, lambdas, dicts.
x = 7
name = "world"
items = [1, 2, 3]
d = {"key": "value", 1: "one"}
print(f"hello {name}")
print(f"{x} + 1 = {x + 1}")
print(f"{x * 2}{x ** 2}{x // 2}{x % 3}{-x}")
print(f"{items[0]}, {items[-1]}, {items[1:]}")
print(f"{d['key']} {d[1]}")
print(f"{name.upper()} {len(name)} {name[::-1]}")
print(f"{'yes' if x > 5 else 'no'}")
print(f"{(lambda v: v * 3)(x)}")
print(f"{[i * i for i in range(4)]}")
print(f"{ {'a': 1} }")
print(f"{ {1, 2} == {2, 1} }")
print(f"{(1, 2)}{(3,)}{()}")
print(f"{x!r:>5}|{x:<5}|")
print(f"{None} {True} {False} {1.5} {1e100} {2j}")
print(f"{3 > 2} {x == 7 and 'seven'} {0 or 'default'}")
print(f"{'nested ' + f'{x}'}")
print(f"{x}{x}" f"{name}" "plain {not a field}")
print(f"")
print(f"{x:}")
print(f"{ x }|{  name  }|")
print(f"{x,}")
print(f"{x, name}")
print(f"{*items,}")
print(f"{len(items):03}")
print(F"capital F {x}")
print(rf"raw \n {x}", fr"\t{name}")
print(f"{'a' 'b'}")
print(f"{x if x else 0:>4}")
class P:
    attr = "attribute"
    def __str__(self):
        return "P-str"
    def __repr__(self):
        return "P-repr"
p = P()
print(f"{p} {p!r} {p.attr} {[p]}")
print(f"{(x := 10)} {x}")
def f():
    y = 3
    return f"{y}{x}"
print(f())
print(f"{'}'}{'{'}")
print(f"{'#'}")
