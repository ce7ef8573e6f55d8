# Checks int formatting with fill characters, alignments < > ^ = and widths.
for n in (42, -42, 0):
    for spec in ("8", "<8", ">8", "^8", "=8", "*<8", "*>8", "*^8", "*=8", "0=8", "08", "-^7", "^9", "_>5", "1"):
        print(repr(spec), "[" + format(n, spec) + "]")
print(format(7, "é^7"), format(7, "→>4"), format(7, "😀<3"))
print(format(123456, "3"), format(-5, "x<1"))
print(format(5, "<<5") + "|", format(5, ">>5"), format(5, "^^5"), format(5, "==5"))
print(format(5, "0<5"), format(5, "0^5"), format(-5, "0>5"))
print(format(1, "{<4") + "|", format(1, "}>4"))
print(f"{-17:+=10}|{17:+=10}|{17: =10}|")
print(f"{True:>6}|{False:^7}|{True:d}|{True}")
print(format(10**20, ">25"), format(-10**20, "=25"))
