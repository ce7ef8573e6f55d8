# Checks int format sign options (+ - space), alternate form '#', zero padding and their combinations.
for n in (0, 5, -5, 255, -255):
    print(n, [format(n, s) for s in ("+", "-", " ", "+d", " d", "-d", "+5", " 5", "05", "+05", " 05", "-05")])
for n in (0, 10, -10, 255):
    print(n, [format(n, s) for s in ("#b", "#o", "#x", "#X", "#010b", "#010x", "+#x", " #o", "#8x", "#<8x", "#^10X", "#d")])
print(format(-255, "#010x"), format(-255, "=#10x"), format(-255, "*=#10x"))
print(format(255, "+#012_x"), format(-255, "#_b"), format(12345678, "#_x"), format(2**40, "#_o"))
print(format(3, "0"), format(3, "00"), format(3, "000"), format(-3, "03"))
print(format(5, "010"), format(5, "0<10") + "|", format(5, "x=010"))
print(f"{-0:+}", f"{0:+}", f"{0: }", f"{-1: }")
print(format(65, "c"), format(65, "<3c") + "|")
try:
    format(65, "#c")
except ValueError as e:
    print("ValueError:", e)
try:
    format(65, "+c")
except ValueError as e:
    print("ValueError:", e)
