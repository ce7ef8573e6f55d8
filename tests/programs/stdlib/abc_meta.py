# abc: ABCMeta, abstract methods and properties refused at instantiation (also through a
# __new__), __subclasshook__, register() as a decorator and a call, isinstance/issubclass.
from abc import ABC, ABCMeta, abstractmethod, abstractproperty
class Shape(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def perimeter(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
class Square(Shape):
    def __init__(self, s): self.s = s
    def area(self): return self.s ** 2
    def perimeter(self): return 4 * self.s
class Half(Shape):
    def area(self): return 1
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print(e)
print(Square(3).describe(), sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape), isinstance(Shape, ABCMeta), isinstance(Square(2), Shape))
class Sized(metaclass=ABCMeta):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Sized:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented
print(issubclass(list, Sized), isinstance([], Sized), isinstance(3, Sized))
class Base(ABC): pass
@Base.register
class Virtual: pass
print(issubclass(Virtual, Base), isinstance(Virtual(), Base), Virtual.__name__)
Base.register(int)
print(isinstance(3, Base), isinstance('x', Base), issubclass(bool, Base))
class P(ABC):
    @property
    @abstractmethod
    def name(self): ...
class Q(P):
    @property
    def name(self): return "q"
try: P()
except TypeError as e: print(e)
print(Q().name)
class WithNew(ABC):
    @abstractmethod
    def f(self): ...
    def __new__(cls):
        return super().__new__(cls)
try: WithNew()
except TypeError as e: print(e)
