# The built-in exception hierarchy of CPython 3.11: each class's __mro__ by name.
classes = [
    BaseException, SystemExit, KeyboardInterrupt, GeneratorExit, Exception,
    ArithmeticError, ZeroDivisionError, OverflowError, FloatingPointError,
    LookupError, IndexError, KeyError,
    ValueError, UnicodeError,
    TypeError, NameError, UnboundLocalError, AttributeError,
    RuntimeError, RecursionError, NotImplementedError,
    StopIteration, AssertionError,
    ImportError, ModuleNotFoundError,
    OSError, FileNotFoundError, PermissionError,
    MemoryError, SyntaxError, IndentationError,
    Warning, UserWarning, DeprecationWarning, RuntimeWarning,
]
for c in classes:
    print(c.__name__, [k.__name__ for k in c.__mro__])
print(len(classes))
print([c.__name__ for c in classes if issubclass(c, Exception)])
print([c.__name__ for c in classes if not issubclass(c, Exception)])
print([c.__name__ for c in classes if c.__bases__ == (Exception,)])
print([c.__name__ for c in classes if len(c.__mro__) >= 5])
print(BaseException.__bases__, Exception.__bases__ == (BaseException,))
print(type(ValueError) is type, type(ValueError("x")) is ValueError)
print(repr(KeyError), repr(BaseException), str(ZeroDivisionError))
