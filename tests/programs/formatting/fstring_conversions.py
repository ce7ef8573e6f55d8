# Checks f-string conversions !r, !s, !a combined with format specs.
s = "café\n"
print(f"{s!r}")
print(f"{s!s}")
print(f"{s!a}")
print(f"{'plain'!r:>12}|")
print(f"{'plain'!s:*^11}|")
print(f"{'é'!a:>8}|")
print(f"{42!r} {42!s} {42!a}")
print(f"{3.5!r:>6}|")
print(f"{[1, 'x']!r}")
print(f"{[1, 'é']!a}")
print(f"{None!r} {True!s}")
print(f"{chr(0x2603)!a}")
print(f"{chr(0x1F600)!a} {chr(0x1F600)!r}")

class Both:
    def __str__(self):
        return "STR"
    def __repr__(self):
        return "REPR"
    def __format__(self, spec):
        return "FORMAT(" + spec + ")"

b = Both()
print(f"{b}")
print(f"{b:xyz}")
print(f"{b!s}")
print(f"{b!r}")
print(f"{b!a}")
print(f"{b!s:>6}")
print(f"{b!r:<6}|")
print(format(b), str(b), repr(b))
# conversion then the str's own __format__
print(f"{12!r:0>5}")
print(f"{1.0!s:.2}")
