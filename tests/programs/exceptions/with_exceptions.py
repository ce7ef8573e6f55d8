# Exceptions in with blocks: what __exit__ receives, suppression, and errors in __enter__/__exit__.
class Watch:
    def __init__(self, suppress):
        self.suppress = suppress

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc_value, tb):
        if exc_type is None:
            print("  exit: clean")
        else:
            print("  exit:", exc_type.__name__, repr(exc_value), tb is not None,
                  exc_value.__traceback__ is tb)
        return self.suppress

def run(suppress, exc):
    try:
        with Watch(suppress):
            if exc is not None:
                raise exc
            print("  body finished")
        print("  after with")
    except Exception as e:
        print("  propagated", repr(e))

for suppress in [False, True, None, 0, 1, "yes", ""]:
    print("suppress =", repr(suppress))
    run(suppress, ValueError("boom"))
run(True, None)
run(False, None)

# __exit__ that raises replaces the original exception
class ExitRaises:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        raise RuntimeError("from __exit__")

try:
    with ExitRaises():
        raise KeyError("body")
except RuntimeError as e:
    print("exit raised:", repr(e), "context:", repr(e.__context__))

try:
    with ExitRaises():
        pass
except RuntimeError as e:
    print("exit raised on clean exit:", repr(e), e.__context__)

# __enter__ that raises: the body and __exit__ never run
class EnterRaises:
    def __enter__(self):
        raise ValueError("from __enter__")
    def __exit__(self, t, v, tb):
        print("never")

try:
    with EnterRaises() as x:
        print("never body")
except ValueError as e:
    print("enter raised:", repr(e))

# Suppressed exception: the with statement's code continues after the block
def suppressed_value():
    result = "before"
    with Watch(True):
        result = "inside"
        1 / 0
        result = "unreachable"
    return result

print(suppressed_value())

# Not a context manager
class NoProtocol:
    pass

try:
    with NoProtocol():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

class OnlyEnter:
    def __enter__(self):
        return 1

try:
    with OnlyEnter():
        pass
except (TypeError, AttributeError) as e:
    print(type(e).__name__, e)

# Exception caught in __exit__ keeps its context from the body
class Translate:
    def __enter__(self):
        return self
    def __exit__(self, t, v, tb):
        if t is KeyError:
            raise LookupError("translated") from v
        return False

try:
    with Translate():
        {}["k"]
except LookupError as e:
    print("translated:", repr(e), repr(e.__cause__), type(e) is LookupError)
