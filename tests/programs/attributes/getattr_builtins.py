# getattr/setattr/hasattr/delattr with and without defaults.
class C:
    cls_attr = 1

    def meth(self):
        return "m"


c = C()
setattr(c, "x", 5)
print(getattr(c, "x"), getattr(c, "cls_attr"), getattr(c, "nope", "dflt"), getattr(c, "nope", None))
print(hasattr(c, "x"), hasattr(c, "y"), hasattr(C, "meth"), hasattr(C, "x"))
print(getattr(c, "meth")(), getattr(C, "meth")(c))
name = "dyn" + "amic"
setattr(c, name, [1])
print(c.dynamic, getattr(c, name))
delattr(c, "x")
print(hasattr(c, "x"), getattr(c, "x", "gone"))
setattr(C, "new_cls", "nc")
print(c.new_cls, C.new_cls)
delattr(C, "new_cls")
print(hasattr(c, "new_cls"))
print(getattr(5, "real"), getattr("s", "upper")(), hasattr([], "append"), hasattr(1, "append"))
print(getattr(C, "__name__"), getattr(c, "__class__") is C)
attrs = ["a", "b", "c"]
for i, a in enumerate(attrs):
    setattr(c, a, i * i)
print([getattr(c, a) for a in attrs], sorted(vars(c)))
