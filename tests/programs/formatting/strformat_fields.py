# Checks str.format field names: auto-numbered, positional, keyword, attribute and index lookups.
print("{} {} {}".format(1, "two", 3.0))
print("{0} {1} {0} {1}".format("a", "b"))
print("{2}{1}{0}".format("x", "y", "z"))
print("{name} is {age}".format(name="Ada", age=36))
print("{0} {name} {1}".format(1, 2, name="kw"))
print("{} {name} {}".format(1, 2, name="kw"))
c = 3 + 4j
print("{0.real} {0.imag}".format(c))
class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.tags = ["t0", "t1"]
p = Point(1, 2)
print("({0.x}, {0.y}) {0.tags[1]}".format(p))
print("({p.x}, {p.y})".format(p=p))
d = {"key": "value", "1": "string one", 1: "int one"}
print("{0[key]} {0[1]}".format(d))
print("{a[key]}".format(a=d))
lst = ["zero", "one", ["nested0", "nested1"]]
print("{0[1]} {0[2][1]} {0[0][0]}".format(lst))
print("{l[2][0]}".format(l=lst))
print("{0[-1]}".format({"-1": "string key -1"}))
print("{0[ ]}".format({" ": "space key"}))
print("{[0]}{[1]}".format("ab", "cd"))
print("{.__class__.__name__}".format(1.5))
print("{!r} {!s} {!a}".format("é", "é", "é"))
print("{0!r:>8}|{0!s:<8}|".format("x"))
print("{}".format({"a": [1, (2,)]}))
print("{:}".format(5), "{0:}".format(6))
print("{0}{0}{0}".format("ab"))
print(repr("".format()), repr("{{}}".format()))
print("no fields".format(1, 2, x=3))
print("{x}{y}".format(**{"x": 1, "y": 2}))
print("{}{}".format(*"ab"))
print("{0[0]}".format(range(5, 10)), "{0[1]}".format((7, 8)))
print("{0.x.__class__.__name__}".format(p))
print("{0}".format(None), "{}".format([None]))
print("{:*^9}".format("mid"), "{:>{}}".format("r", 4), "{:{}{}}".format("z", "^", 5) + "|")
print("{0:{1}}|{0:{2}}|".format(3.14159, ".2f", "^9.3"))
print("{:{w}.{p}f}".format(2.71828, w=8, p=2))
print("{0:{fill}{align}16}".format("text", fill="~", align="^"))
print("{{}} {{{}}} {{0}}".format("x"))
print("}}{{".format())
