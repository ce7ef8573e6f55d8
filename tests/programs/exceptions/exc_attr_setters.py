# Setters and deleters of __cause__, __context__, __suppress_context__, __traceback__ and args.
def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", repr(r))
    except Exception as err:
        print(label, type(err).__name__ + ":", err)

e = ValueError("x")

def set_cause_int():
    e.__cause__ = 5
def set_context_str():
    e.__context__ = "s"
def set_suppress_int():
    e.__suppress_context__ = 0
def set_suppress_str():
    e.__suppress_context__ = "yes"
def note_int():
    e.add_note(5)
def set_cause_class():
    e.__cause__ = KeyError
def set_traceback_int():
    e.__traceback__ = 3
def del_cause():
    del e.__cause__
def del_context():
    del e.__context__

attempt("cause=5", set_cause_int)
attempt("context='s'", set_context_str)
attempt("suppress=0", set_suppress_int)
print("suppress now", e.__suppress_context__)
attempt("suppress='yes'", set_suppress_str)
attempt("add_note(5)", note_int)
attempt("cause=KeyError", set_cause_class)
attempt("traceback=3", set_traceback_int)
attempt("del cause", del_cause)
attempt("del context", del_context)
e.__cause__ = KeyError("k")
print("suppress after setting cause", e.__suppress_context__)
e.__suppress_context__ = False
e.__cause__ = None
print("suppress after cause=None", e.__suppress_context__)
e.custom = 1
print(e.custom, sorted(e.__dict__.items()))
print(repr(str(KeyError())), str(KeyError(1, 2)), repr(KeyError(1, 2)))

# assigning args
e = ValueError("a", "b")
print(e.args, str(e), repr(e))
e.args = ["x", "y"]
print(type(e.args).__name__, e.args, str(e), repr(e))
e.args = "hi"
print(type(e.args).__name__, e.args, str(e), repr(e))
e.args = ()
print(e.args, repr(str(e)), repr(e))
e.args = [5]
print(e.args, str(e), repr(e))
e.args = range(3)
print(e.args, str(e))
try:
    e.args = 5
except Exception as err:
    print(type(err).__name__ + ":", err)
try:
    del e.args
except Exception as err:
    print(type(err).__name__ + ":", err)
k = KeyError("key")
k.args = ("other",)
print(str(k), repr(k))
k.args = ("a", "b")
print(str(k))
k.args = ()
print(repr(str(k)))
u = UnicodeError("bad")
print(u.args)
s = StopIteration(7)
print(s.value, s.args)
s.args = (9,)
print(s.value, s.args)
sx = SystemExit(3, 4)
print(sx.code, sx.args)
