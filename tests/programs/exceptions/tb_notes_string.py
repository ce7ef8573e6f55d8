# Uncaught exception whose __notes__ is a str: CPython 3.11 prints it character by character.
e = ValueError("with odd notes")
e.__notes__ = "abc"
try:
    e.add_note("more")
except TypeError as t:
    print("TypeError:", t)
print(repr(e.__notes__))
raise e
