# Checks str.format_map with dicts, dict subclasses with __missing__, and mapping-like objects.
print("{a} {b}".format_map({"a": 1, "b": 2}))

class Default(dict):
    def __missing__(self, key):
        return "<" + key + ">"

print("{name} is {missing} {name!r}".format_map(Default(name="Ada")))
print("{x[0]} {y.real}".format_map({"x": [9], "y": 3}))

class Recorder:
    def __init__(self):
        self.asked = []
    def __getitem__(self, key):
        self.asked.append(key)
        return key.upper()

r = Recorder()
print("{foo} {bar} {foo}".format_map(r))
print(r.asked)

# format() with **dict does not call __missing__ (the dict is copied)
try:
    "{missing}".format(**Default())
except KeyError as e:
    print("KeyError:", e)
print("{missing}".format_map(Default()))

# positional fields are not allowed with format_map
try:
    "{0}".format_map({"0": "zero"})
except ValueError as e:
    print("ValueError:", e)
try:
    "{}".format_map({})
except ValueError as e:
    print("ValueError:", e)
try:
    "{k}".format_map({})
except KeyError as e:
    print("KeyError:", e)
try:
    "{k}".format_map([1])
except TypeError as e:
    print("TypeError:", e)
print("{a:>{w}}|".format_map({"a": "x", "w": 4}))
print("no fields".format_map({}))
print("{{literal}}".format_map({"literal": 1}))

# str.format with mixed positional and keyword lookup, keys are never ints
print("{0} {x}".format("pos", x="kw"))
try:
    "{0}".format(**{"0": "str zero"})
except IndexError as e:
    print("IndexError:", e)
