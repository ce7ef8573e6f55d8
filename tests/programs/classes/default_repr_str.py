# Default __repr__/__str__ and what print, str, repr and containers use.
class Plain:
    pass


class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"


class OnlyStr:
    def __str__(self):
        return "just str"


class Both:
    def __repr__(self):
        return "Both<repr>"

    def __str__(self):
        return "Both<str>"


p = Plain()
print(repr(p).startswith("<__main__.Plain object at 0x"), repr(p).endswith(">"))
print(str(p) == repr(p), object.__repr__(p) == repr(p))
print(OnlyRepr(), str(OnlyRepr()), repr(OnlyRepr()), [OnlyRepr()])
print(OnlyStr(), str(OnlyStr()), repr(OnlyStr()).startswith("<__main__.OnlyStr object at 0x"))
print(Both(), str(Both()), repr(Both()), [Both(), Both()], (Both(),), {"k": Both()})
print("%s %r" % (Both(), Both()))
print(str([OnlyStr()]).startswith("[<__main__.OnlyStr object at 0x"))
print(Both().__repr__(), Both().__str__(), object.__str__(OnlyRepr()))
print("x" + str(Both()), str(Both()) + repr(Both()))
