# format() of complex numbers: no type (repr form, parentheses), e/f/g/n types, signs, widths,
# alignment, grouping and CPython's errors.
vals = [1+2j, -1.5-2.25j, 2j, -2j, 0j, complex(-0.0, 3), 1e20+1e-5j, complex(float('nan'), float('inf'))]
specs = ["", ">12", "<14", "^16", "*^16", ".2f", "+.3e", " .1g", "10.3f", "g", "G", ".0f", "+", " ", "-", ".3", "n", "E", ",.2f", "_.1f"]
for v in vals:
    print([format(v, s) for s in specs])
for s in ["d", "%", "010", "=10", "0<10", "x", "c", "s"]:
    try:
        print(format(1+2j, s))
    except ValueError as e:
        print(s, e)
print(f"{3+4j:.1f}", "{:>10}".format(1j), "%s|%r" % (1j, 1+1j))
