# Checks the f-string '=' self-documenting specifier with spacing, conversions and format specs.
x = 42
name = "Ada"
f = 3.14159
items = [1, 2]
print(f"{x=}")
print(f"{x = }")
print(f"{x= }")
print(f"{x =}")
print(f"{name=}")
print(f"{name=!s}")
print(f"{name=!r}")
print(f"{name=!a}")
print(f"{x=!r:>10}|")
print(f"{name=:>10}|")
print(f"{f=:.2f}")
print(f"{f = :.3}")
print(f"{x*2=}")
print(f"{x * 2 = }")
print(f"{items[0]=}")
print(f"{len(items)=}")
print(f"{name.upper()=}")
print(f"{'lit'=}")
print(f"{items=}, {x=}")
print(f"{None=} {True=}")
print(f"{'é'=!a}")
print(f"{x=:#x}")
print(f"{x=!s:^8}|")
print(f"{ x = }")
print(f"{x=}{x=}")
print(f"{f=!r}")
class C:
    def __repr__(self):
        return "C()"
    def __format__(self, spec):
        return "formatted:" + spec
c = C()
print(f"{c=}")
print(f"{c=:}")
print(f"{c=:spec}")
print(f"{c=!s}")
print(f"{x=:{5}}|")
