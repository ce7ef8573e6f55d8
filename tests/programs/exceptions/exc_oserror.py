# OSError: errno-based subclass selection, errno/strerror/filename and its str().
def show(e):
    print(type(e).__name__, e.args, repr(str(e)))

show(OSError("plain"))
show(OSError())
show(OSError(2, "No such file"))
show(OSError(1, "x"))
show(OSError(13, "denied", "f.txt"))
show(OSError(99999, "odd"))
show(FileNotFoundError(2, "gone", "a.txt"))
show(OSError(1, 2, 3, 4, 5, 6))
print(IOError is OSError, EnvironmentError is OSError)
e = OSError(2, "No such file", "data.csv")
print(e.errno, e.strerror, e.filename)
p = OSError("one arg")
print(p.errno, p.strerror, p.filename)
try:
    raise OSError(2, "missing", "cfg")
except FileNotFoundError as err:
    print("mapped to", type(err).__name__, err.filename)
