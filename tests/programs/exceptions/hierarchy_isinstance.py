# isinstance/issubclass across built-in exception classes, including tuples of classes.
pairs = [
    (KeyError, LookupError), (IndexError, LookupError), (KeyError, IndexError),
    (ZeroDivisionError, ArithmeticError), (OverflowError, ArithmeticError),
    (ArithmeticError, ZeroDivisionError), (UnboundLocalError, NameError),
    (RecursionError, RuntimeError), (NotImplementedError, RuntimeError),
    (ModuleNotFoundError, ImportError), (FileNotFoundError, OSError),
    (PermissionError, OSError), (UnicodeError, ValueError),
    (SystemExit, Exception), (KeyboardInterrupt, Exception),
    (GeneratorExit, Exception), (StopIteration, Exception),
    (SystemExit, BaseException), (Exception, BaseException),
    (BaseException, Exception), (DeprecationWarning, Warning),
    (Warning, Exception), (UserWarning, DeprecationWarning),
    (IndentationError, SyntaxError), (AssertionError, Exception),
    (ValueError, ValueError), (TypeError, object),
]
for a, b in pairs:
    print(a.__name__, b.__name__, issubclass(a, b))

instances = [KeyError("k"), ZeroDivisionError(), SystemExit(2), ValueError(1, 2)]
for inst in instances:
    print(type(inst).__name__,
          isinstance(inst, Exception),
          isinstance(inst, BaseException),
          isinstance(inst, (LookupError, ArithmeticError)),
          isinstance(inst, (TypeError, ValueError)),
          isinstance(inst, object))

print(issubclass(KeyError, (ValueError, TypeError)), issubclass(KeyError, (ValueError, LookupError)))
print(isinstance(ValueError, type), isinstance(ValueError, Exception), isinstance(ValueError(), type))
print(issubclass(bool, Exception), isinstance(3, BaseException))
