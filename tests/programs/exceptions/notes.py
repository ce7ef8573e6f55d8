# add_note and __notes__ (new in 3.11).
e = ValueError("base")
print(hasattr(e, "__notes__"))
e.add_note("first note")
print(e.__notes__)
e.add_note("second note")
print(e.__notes__, type(e.__notes__).__name__)
print(str(e), repr(e), e.args)

try:
    e.add_note(42)
except TypeError as err:
    print("TypeError:", err)
print(e.__notes__)

def parse(text):
    try:
        return int(text)
    except ValueError as err:
        err.add_note("while parsing %r" % text)
        raise

try:
    parse("abc")
except ValueError as err:
    print(repr(err), err.__notes__)

class Custom(Exception):
    pass

c = Custom("x")
c.add_note("custom note")
c.add_note("")
print(c.__notes__)

# __notes__ is a plain attribute: it can be replaced or deleted
c.__notes__ = ["replaced"]
c.add_note("appended")
print(c.__notes__)
del c.__notes__
print(hasattr(c, "__notes__"))
c.add_note("fresh")
print(c.__notes__)

# A non-list __notes__ makes add_note fail
d = KeyError("k")
d.__notes__ = "not a list"
try:
    d.add_note("x")
except TypeError as err:
    print("TypeError:", err)

notes = e.__notes__
e.add_note("third")
print(notes is e.__notes__, len(notes))

def annotate_all(errors):
    for i in range(len(errors)):
        errors[i].add_note("item %d" % i)
    return [x.__notes__ for x in errors]

print(annotate_all([TypeError(), IndexError(), AttributeError()]))
