# Parsing messy input: int() with ValueError fallback, dict lookups with KeyError fallback.
lines = ["10", " 7 ", "x", "3.5", "", "-4", "1e3", "0x10", "42", "  -0 ", "12a"]

numbers = []
rejected = []
for text in lines:
    try:
        numbers.append(int(text))
    except ValueError as e:
        rejected.append(text)
        try:
            numbers.append(int(float(text)))
        except ValueError:
            pass
print("numbers", numbers)
print("rejected", rejected)
print("total", sum(numbers))

units = {"km": 1000, "m": 1, "cm": 0.01}
measures = ["5 km", "20 m", "3 mi", "100 cm", "bad", "7 km"]
meters = 0
problems = []
for m in measures:
    try:
        amount, unit = m.split()
        meters += int(amount) * units[unit]
    except ValueError as e:
        problems.append("malformed %r: %s" % (m, e))
    except KeyError as e:
        problems.append("unknown unit %s in %r" % (e, m))
print("meters", meters)
for p in problems:
    print(" ", p)

def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return None
    except TypeError:
        return "n/a"

print([safe_div(a, b) for a, b in [(1, 2), (3, 0), ("x", 1), (9, 3)]])

counts = {}
for word in "the cat and the hat and the bat".split():
    try:
        counts[word] += 1
    except KeyError:
        counts[word] = 1
print(sorted(counts.items()))

def first_int(items):
    for item in items:
        try:
            return int(item)
        except (ValueError, TypeError):
            continue
    raise LookupError("no integer in %r" % (items,))

print(first_int(["a", None, "5", "6"]))
try:
    first_int(["a", [], "b"])
except LookupError as e:
    print("error:", e)
