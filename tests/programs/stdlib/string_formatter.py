# string.Formatter: format/vformat agree with str.format; parse, get_field, get_value,
# convert_field, format_field and check_unused_args, and subclasses overriding them.
import string
from string import Formatter

F = Formatter()


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"

    def __format__(self, spec):
        return f"<{self.x},{self.y}:{spec}>"


p = Point(1, 2)
cases = [
    ("plain text", (), {}),
    ("{} and {}", (1, 2), {}),
    ("{1} {0} {1}", ("a", "b"), {}),
    ("{name}!", (), {"name": "world"}),
    ("{0.x},{0.y}", (p,), {}),
    ("{p.x:>4}|{p.y:<4}|", (), {"p": p}),
    ("{0[1]} {0[0]}", ([10, 20],), {}),
    ("{d[key]} {d[1]}", (), {"d": {"key": "v", 1: "one"}}),
    ("{0!r} {0!s} {0!a}", ("é",), {}),
    ("{:>10}|{:<6}|{:^7}|", ("right", "left", "mid"), {}),
    ("{:08.3f} {:+d} {:x} {:#o} {:,}", (3.14159, 5, 255, 8, 1234567), {}),
    ("{:{width}.{prec}f}", (2.71828,), {"width": 10, "prec": 2}),
    ("{0:{1}}", ("x", ">5"), {}),
    ("{:{}}{}", ("a", "3", "b"), {}),
    ("{{literal}} {{{0}}}", (7,), {}),
    ("}}{{", (), {}),
    ("{0} {0:5} {0!r:>6}", ("ab",), {}),
    ("{}", (p,), {}),
    ("{:spec}", (p,), {}),
    ("{0:%Y}", (p,), {}),
    ("{x[0].y}", (), {"x": [p]}),
    ("{0[-1]}", ({"-1": "str key"},), {}),
    ("{:}", (42,), {}),
    ("{!r:}", ("s",), {}),
    ("", (), {}),
]
for fmt, args, kwargs in cases:
    mine = F.format(fmt, *args, **kwargs)
    builtin = fmt.format(*args, **kwargs)
    print(repr(fmt), "->", repr(mine), mine == builtin)
print(F.vformat("{a}-{0}", (1,), {"a": 2}), F.format("{self} {format_string}", self=1, format_string=2))

print("--- errors")
bad = [
    ("{", ()), ("}", ()), ("a{b", ()), ("{0", ()), ("{0!}", ("x",)), ("{0!x}", ("x",)),
    ("{0!rr}", ("x",)), ("{0!", ("x",)), ("{0:{1}", (1, 2)), ("{a{b}}", ()), ("{0} {}", (1, 2)),
    ("{} {0}", (1, 2)), ("{1}", (1,)), ("{x}", ()), ("{0.}", (1,)), ("{0[}", ([1],)),
    ("{0[0]x}", ([1],)), ("{0[]}", ([1],)), ("{0.missing}", (1,)), ("{:d}", ("s",)),
    ("{0:{1:{2}}}", (1, 2, 3)), ("{0[5]}", ([1],)),
]
for fmt, args in bad:
    results = []
    for call in (lambda: F.format(fmt, *args), lambda: fmt.format(*args)):
        try:
            results.append(("ok", call()))
        except (ValueError, KeyError, IndexError, AttributeError, TypeError) as e:
            results.append((type(e).__name__, str(e)))
    print(repr(fmt), results[0], results[0] == results[1])

print("--- parse")
for fmt in ["", "abc", "a{{b", "a}}b", "{}", "{0}", "{x!r}", "{x!r:>5}", "{x:{y}}",
            "a{0[:]}b", "{0[!]}", "{a.b[c]}x", "{{}}", "{{{0}}}", "{:}", "{!r}", "{0!r:}",
            "{:[}", "{a]}", "{a[}]}", "{0!:}", "{:!r}", "{!r:{}}", "{0:{1:{2}}}", "{ a }",
            "{x:}}}", "x{0}y{1}z"]:
    print(repr(fmt), list(F.parse(fmt)))
for fmt in ["{!}", "{x!rr}", "{x", "}", "{", "{x:{", "{[}", "{a{b}}", "{0!"]:
    try:
        list(F.parse(fmt))
    except ValueError as e:
        print(repr(fmt), "ValueError:", e)
it = iter(F.parse("x{0}a}b"))
print(next(it))
try:
    next(it)
except ValueError as e:
    print("ValueError:", e)

print("--- get_field / get_value / convert_field / format_field")
print(F.get_field("0", (5,), {}), F.get_field("name", (), {"name": 6}))
print(F.get_field("0.x", (p,), {}), F.get_field("0[1]", ([7, 8],), {}))
print(F.get_field("a[b].x", (), {"a": {"b": p}}), F.get_field("01", ("z", "w"), {}))
print(F.get_value(0, ("a",), {}), F.get_value("k", (), {"k": "v"}))
print(F.convert_field("é", None), F.convert_field("é", "r"), F.convert_field("é", "s"),
      F.convert_field("é", "a"))
try:
    F.convert_field(1, "x")
except ValueError as e:
    print("ValueError:", e)
print(repr(F.format_field(3.5, ".2f")), repr(F.format_field("x", "")), F.check_unused_args(set(), (), {}))
print(F.get_field("a[x.y]", (), {"a": {"x.y": "dotted"}}), F.get_field("0[-1]", ({"-1": 3},), {}))

print("--- subclasses")


class Defaulting(Formatter):
    def get_value(self, key, args, kwargs):
        if isinstance(key, str):
            return kwargs.get(key, f"<{key}?>")
        return super().get_value(key, args, kwargs)


print(Defaulting().format("{a} {b} {0}", 1, a="A"))


class Strict(Formatter):
    def check_unused_args(self, used_args, args, kwargs):
        unused = [i for i in range(len(args)) if i not in used_args]
        unused += sorted(k for k in kwargs if k not in used_args)
        if unused:
            raise ValueError(f"unused arguments: {unused}")


print(Strict().format("{0} {x}", 1, x=2))
try:
    Strict().format("{0}", 1, 2, y=3)
except ValueError as e:
    print("ValueError:", e)


class Upper(Formatter):
    def convert_field(self, value, conversion):
        if conversion == "u":
            return str(value).upper()
        return super().convert_field(value, conversion)

    def format_field(self, value, format_spec):
        if format_spec == "stars":
            return f"*{value}*"
        return super().format_field(value, format_spec)


print(Upper().format("{0!u} {1:stars} {2!r:>5}", "abc", 5, "z"))


class Tracing(Formatter):
    def __init__(self):
        self.log = []

    def parse(self, format_string):
        self.log.append(format_string)
        return super().parse(format_string)

    def get_field(self, field_name, args, kwargs):
        obj, used = super().get_field(field_name, args, kwargs)
        self.log.append((field_name, used))
        return obj, used


t = Tracing()
print(t.format("{0:{1}} {x}", "v", ">3", x=1))
print(t.log)


class Braces(Formatter):
    def parse(self, format_string):
        for literal, field, spec, conv in super().parse(format_string):
            yield literal.replace("-", "_"), field, spec, conv


print(Braces().format("a-b {0} c-d", "x-y"))
print(string.Formatter().format("{0}{1}", *"ab"), isinstance(F, Formatter), "Formatter" in string.__all__)
