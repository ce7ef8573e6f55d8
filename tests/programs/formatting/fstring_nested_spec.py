# Checks nested replacement fields inside f-string format specs, e.g. f"{x:{w}.{p}f}".
x = 3.14159265
w, p = 10, 3
print(f"{x:{w}.{p}f}|")
print(f"{x:{w}.{p}e}|")
print(f"{x:<{w}.{p}}|")
fill, align = "*", "^"
print(f"{'mid':{fill}{align}{w}}|")
print(f"{42:{'+' if True else '-'}}")
spec = ">8.2f"
print(f"{x:{spec}}|")
print(f"{x:{spec[0]}{12}}|")
print(f"{255:{'#x'}} {255:{'08b'}}")
for width in range(3, 7):
    print(f"[{'ab':>{width}}]")
for prec in range(4):
    print(f"{x:.{prec}f} {x:.{prec + 1}g}")
print(f"{1234567:{','}}", f"{1234567:{'_'}}")
print(f"{x:{w}.{p}{'f'}}|")
print(f"{'text':{'^'}{len('text') + 4}}|")
val = 12
print(f"{val:{'0'}{5}d}")
print(f"{val:{''}}")
print(f"{'abc':.{1 + 1}}")
widths = [4, 6]
print(f"{'a':{widths[0]}}|{'b':{widths[1]}}|")
d = {"w": 7}
print(f"{'z':>{d['w']}}|")
class W:
    width = 9
print(f"{'q':<{W.width}}|")
print(f"{3:{3}}|{3:{'<'}{3}}|")
try:
    print(f"{x:{'bad spec'}}")
except ValueError as e:
    print("ValueError:", e)
