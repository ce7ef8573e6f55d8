# __enter__/__exit__ that are ints, None, classes, properties, classmethods or have wrong signatures.
def attempt(label, cls):
    try:
        with cls() as v:
            print(" body", label, v)
            raise ValueError("body error")
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e, "| ctx", repr(e.__context__))

class ExitInt:
    def __enter__(self):
        return 1
    __exit__ = 5

class EnterNone:
    __enter__ = None
    def __exit__(self, *a):
        return True

class ExitWrongSig:
    def __enter__(self):
        return 2
    def __exit__(self):
        return True

class EnterWrongSig:
    def __enter__(self, extra):
        return 3
    def __exit__(self, *a):
        return True

class ExitIsClass:
    def __enter__(self):
        return 4
    __exit__ = ValueError

class ExitProperty:
    def __enter__(self):
        return 5
    @property
    def __exit__(self):
        print(" property accessed")
        return lambda *a: True

class ExitClassMethod:
    def __enter__(self):
        return 6
    @classmethod
    def __exit__(cls, *a):
        print(" classmethod exit", cls.__name__, a[0].__name__)
        return True

class EnterProperty:
    @property
    def __enter__(self):
        raise AttributeError("enter prop fails")
    def __exit__(self, *a):
        return True

for c in [ExitInt, EnterNone, ExitWrongSig, EnterWrongSig, ExitIsClass, ExitProperty, ExitClassMethod, EnterProperty]:
    attempt(c.__name__, c)
