# A deeper user-defined hierarchy, including subclasses of built-in exceptions and a mixin.
class Base(Exception):
    level = "base"

class Middle(Base):
    level = "middle"

class Leaf(Middle):
    level = "leaf"

class OtherLeaf(Middle):
    pass

class NotFound(Base, LookupError):
    pass

class Tagged:
    tag = "tagged"
    def describe(self):
        return self.tag + ":" + str(self)

class TaggedError(Tagged, RuntimeError):
    pass

for cls in [Base, Middle, Leaf, OtherLeaf, NotFound, TaggedError]:
    print(cls.__name__, [c.__name__ for c in cls.__mro__])

def catch(exc):
    try:
        raise exc
    except Leaf as e:
        return "Leaf handler: " + e.level
    except Middle as e:
        return "Middle handler: " + e.level + " " + type(e).__name__
    except LookupError as e:
        return "LookupError handler: " + type(e).__name__
    except Base as e:
        return "Base handler: " + e.level
    except RuntimeError as e:
        return "RuntimeError handler: " + e.describe()

for exc in [Leaf(), OtherLeaf(), Middle(), Base(), NotFound("k"), TaggedError("t"), KeyError("x")]:
    print(type(exc).__name__, "->", catch(exc))

print(isinstance(NotFound(), KeyError), isinstance(NotFound(), LookupError), isinstance(NotFound(), Base))
print(issubclass(Leaf, Base), issubclass(Base, Leaf), issubclass(TaggedError, Tagged))
print(str(NotFound("k")), repr(NotFound("k")))

class Counted(Exception):
    count = 0
    def __init__(self, *args):
        super().__init__(*args)
        Counted.count += 1
        self.number = Counted.count

class CountedChild(Counted):
    pass

items = [Counted("a"), CountedChild("b"), Counted()]
print([x.number for x in items], Counted.count, [x.args for x in items])

class WithProperty(Exception):
    def __init__(self, code):
        super().__init__("code %d" % code)
        self._code = code

    @property
    def severe(self):
        return self._code >= 500

print(WithProperty(404).severe, WithProperty(503).severe, str(WithProperty(503)))
