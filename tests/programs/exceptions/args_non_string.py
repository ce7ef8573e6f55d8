# Exception arguments that are not strings; reassigning .args; exceptions as arguments.
def show(e):
    print(type(e).__name__, repr(e.args), repr(str(e)), repr(e))

show(ValueError(42))
show(ValueError(4.5))
show(ValueError(None))
show(ValueError([1, 2]))
show(ValueError({"a": 1}))
show(ValueError((1, 2)))
show(ValueError(True, None))
show(KeyError(None))
show(KeyError(1.5))
show(KeyError([1]))
show(IndexError(-1))
show(Exception(ValueError("inner")))
show(Exception(KeyError("k")))
show(Exception(ValueError("a"), 3))

e = ValueError("first")
e.args = ("second", 2)
show(e)
e.args = []
show(e)
e.args = ("only",)
show(e)
k = KeyError("x")
k.args = ("y",)
show(k)

class Box:
    def __repr__(self):
        return "Box()"
    def __str__(self):
        return "a box"

show(ValueError(Box()))
show(ValueError(Box(), Box()))
show(KeyError(Box()))
print(ValueError(1) == ValueError(1), ValueError(1).args == ValueError(1).args)
err = TypeError("t")
print(err == err, err is err)
