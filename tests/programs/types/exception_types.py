# Built-in exception classes as types: hierarchy, instances, args, str and repr.
e = ValueError("bad value", 3)
print(type(e).__name__, repr(type(e)), e.args, str(e), repr(e))
k = KeyError("k")
print(str(k), repr(k), repr(ZeroDivisionError()), str(ZeroDivisionError()))
print(repr(IndexError("list index out of range")), str(TypeError("t")))
print(isinstance(e, Exception), isinstance(e, BaseException), isinstance(e, TypeError))
print(issubclass(KeyError, LookupError), issubclass(IndexError, LookupError), issubclass(LookupError, Exception))
print(issubclass(ZeroDivisionError, ArithmeticError), issubclass(Exception, BaseException))
print(issubclass(StopIteration, Exception), issubclass(AttributeError, Exception), issubclass(bool, Exception))
print([c.__name__ for c in KeyError.__mro__])
print([c.__name__ for c in ZeroDivisionError.__mro__])
print(type(Exception) is type, Exception.__name__, StopIteration().args, RuntimeError("a", "b").args)
excs = [ValueError, TypeError, KeyError, IndexError, AttributeError, NameError, RuntimeError]
print([x.__name__ for x in excs if issubclass(x, LookupError)])
made = [x("m") for x in excs]
print([type(m).__name__ for m in made], [str(m) for m in made])
print(isinstance(made[2], (IndexError, KeyError)), isinstance(made[0], (IndexError, KeyError)))
print(repr(NotImplementedError()), issubclass(NotImplementedError, RuntimeError))
