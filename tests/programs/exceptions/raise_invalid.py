# Raising things that are not exceptions, and a bare raise with nothing to re-raise.
def attempt(label, f):
    try:
        f()
    except TypeError as e:
        print(label, "TypeError:", e)
    except RuntimeError as e:
        print(label, "RuntimeError:", e)

def raise_int():
    raise 42

def raise_str():
    raise "message"

def raise_none():
    raise None

def raise_class_not_exception():
    raise int

class NotAnException:
    pass

def raise_plain_instance():
    raise NotAnException()

def raise_plain_class():
    raise NotAnException

def bare_raise():
    raise

attempt("int", raise_int)
attempt("str", raise_str)
attempt("None", raise_none)
attempt("int class", raise_class_not_exception)
attempt("instance", raise_plain_instance)
attempt("class", raise_plain_class)
attempt("bare", bare_raise)

try:
    bare_raise()
except RuntimeError as e:
    print(type(e).__name__, e.args, e.__context__)

def bare_after_handler():
    try:
        raise ValueError("done")
    except ValueError:
        pass
    raise

attempt("bare after handler", bare_after_handler)

class BadInit(Exception):
    def __init__(self):
        raise KeyError("init failed")

try:
    raise BadInit
except KeyError as e:
    print("raising the class calls it:", repr(e))
