"""basic_mod docstring"""
print("basic_mod: executing body, __name__ =", __name__)
VALUE = 42
_private = "hidden"


def greet(who):
    return "hello " + who + " from " + __name__
