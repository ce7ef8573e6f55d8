# __name__, __qualname__ (nested classes and methods), __doc__, __module__, __class__.
class Outer:
    "Outer doc"

    class Inner:
        class Deepest:
            def m(self):
                return 1

    def method(self):
        class Local:
            pass
        return Local

    def noted(self):
        "method doc"
        return 0


print(Outer.__name__, Outer.__qualname__)
print(Outer.Inner.__name__, Outer.Inner.__qualname__)
print(Outer.Inner.Deepest.__qualname__, Outer.Inner.Deepest.m.__qualname__)
L = Outer().method()
print(L.__name__, L.__qualname__)
print(Outer.method.__name__, Outer.method.__qualname__)
print(Outer.__doc__, Outer.Inner.__doc__, Outer.noted.__doc__)
print(Outer.__module__, Outer.Inner.__module__)
print(repr(Outer.Inner), repr(Outer.Inner.Deepest))
print(repr(L))
o = Outer()
print(o.__class__.__name__, o.__class__.__qualname__, o.__class__.__class__.__name__)


def make():
    class Made:
        pass
    return Made


M = make()
print(M.__qualname__, repr(M))
print(repr(M()).startswith("<__main__.make.<locals>.Made object at 0x"))
print(repr(Outer.Inner.Deepest()).startswith("<__main__.Outer.Inner.Deepest object at 0x"))
print(make() is make(), make().__name__ == make().__name__)
