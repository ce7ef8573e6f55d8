# Multiple inheritance: C3 linearisation, diamonds and attribute resolution order.
class O: pass
class A(O): pass
class B(O): pass
class C(O): pass
class D(O): pass
class E(O): pass
class K1(A, B, C): pass
class K2(D, B, E): pass
class K3(D, A): pass
class Z(K1, K2, K3): pass


def names(cls):
    return [c.__name__ for c in cls.__mro__]


for cls in [K1, K2, K3, Z]:
    print(cls.__name__, names(cls))


class Top:
    def who(self):
        return "Top"


class Left(Top):
    def who(self):
        return "Left"


class Right(Top):
    def who(self):
        return "Right"

    def only_right(self):
        return "only right"


class Bottom(Left, Right):
    pass


class Bottom2(Right, Left):
    pass


print(names(Bottom), names(Bottom2))
print(Bottom().who(), Bottom2().who(), Bottom().only_right())
print(Bottom.__bases__ == (Left, Right), len(Bottom.mro()), Bottom.mro() == list(Bottom.__mro__))


class X:
    v = "X"


class Y(X):
    pass


class W(Y, X):
    pass


print(names(W), W.v, issubclass(W, X))
print(names(bool), names(object))
