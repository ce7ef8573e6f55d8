# functools.singledispatch registering implementations by the annotation of their first
# parameter (function __annotations__), unions written with |, and singledispatchmethod
# over classmethods (classmethod exposing the wrapped function's __annotations__).
import typing
from functools import singledispatch, singledispatchmethod


@singledispatch
def describe(obj):
    return "object"


@describe.register
def _(obj: int, suffix=""):
    return f"int{suffix}"


@describe.register
def _(obj: typing.Union[str, bytes]):
    return "text"


@describe.register
def _(obj: "float"):
    return "float by name"


@describe.register
def _(obj: list | tuple):
    return "list or tuple"


print(describe(1), describe("s"), describe(b""), describe(1.5), describe([]), describe(()),
      describe(None))
print(sorted(k.__name__ for k in describe.registry))
try:
    @describe.register
    def _(obj: typing.List[int]):
        return obj
except TypeError as e:
    print("TypeError:", e)
try:
    @describe.register
    def _(obj: typing.Union[int, typing.List[int]]):
        return obj
except TypeError as e:
    print("TypeError:", e)


class Negator:
    @singledispatchmethod
    def neg(self, arg):
        raise NotImplementedError("Cannot negate a")

    @neg.register
    def _(self, arg: int):
        return -arg

    @neg.register
    def _(self, arg: bool):
        return not arg


print(Negator().neg(5), Negator().neg(True))


class ClassNegator:
    @singledispatchmethod
    @classmethod
    def neg(cls, arg):
        raise NotImplementedError("Cannot negate a")

    @neg.register
    @classmethod
    def _(cls, arg: int):
        return (cls.__name__, -arg)


print(ClassNegator.neg(3), ClassNegator().neg(4), ClassNegator.neg.__name__)


def annotated(x: int) -> str:
    pass


print(classmethod(annotated).__name__, classmethod(annotated).__annotations__)
print(annotated.__annotations__, int | None, (list | tuple).__args__)
