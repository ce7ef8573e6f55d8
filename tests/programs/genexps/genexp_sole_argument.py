# Checks a genexp as the sole call argument (no extra parentheses) vs. with explicit parentheses.
def show(*args, **kwargs):
    print(len(args), [type(a).__name__ for a in args], sorted(kwargs))
    for a in args:
        if type(a).__name__ == "generator":
            print("  contents:", list(a))

show(x for x in range(3))
show((x for x in range(3)))
show((x for x in range(2)), 5)
show(1, (x for x in "ab"))
show((x for x in "z"), key=1)
show(*(x for x in range(3)))
show(**dict((k, 1) for k in "ba"))
print(list(x for x in range(2)))
print(sorted((x for x in [3, 1, 2]), key=lambda v: -v))
print(sum(x for x in range(4)))
# method calls
print(" ".join(w for w in ["a", "b"]))
print("{}".format(list(i for i in range(2))))
# genexp in other positions requires parentheses
t = (x for x in range(2)),
print(type(t).__name__, len(t), list(t[0]))
lst = [(x for x in "ab")]
print(len(lst), list(lst[0]))
d = {"g": (x for x in range(2))}
print(list(d["g"]))
# a genexp as the iterable of another genexp
print(list(y * 2 for y in (x + 1 for x in range(3))))
# a genexp inside a subscript
data = {0: "zero"}
key = next(k for k in data)
print(data[key])
# genexp as sole argument of a class call / constructor
class Box:
    def __init__(self, items):
        self.items = list(items)
print(Box(i * i for i in range(4)).items)
# conditional expression element and lambda element
print(list((lambda v=v: v * 3)() for v in range(3)))
print(list((a if a else "zero") for a in range(3)))
