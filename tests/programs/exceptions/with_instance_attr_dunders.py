# with looks __enter__/__exit__ up on the type, not the instance; missing methods.
class CM:
    def __enter__(self):
        print("class __enter__")
        return "class value"
    def __exit__(self, *a):
        print("class __exit__", a[0])
        return False

c = CM()
c.__enter__ = lambda: "instance value"
c.__exit__ = lambda *a: True
with c as v:
    print("got", v)

try:
    with c:
        raise ValueError("not suppressed by instance attr")
except ValueError as e:
    print("propagated", e)

class OnlyInstance:
    pass

o = OnlyInstance()
o.__enter__ = lambda: 1
o.__exit__ = lambda *a: None
try:
    with o:
        print("never")
except Exception as e:
    print(type(e).__name__ + ":", e)

class NoExit:
    def __enter__(self):
        print("entered NoExit")
        return self

try:
    with NoExit():
        print("never")
except Exception as e:
    print(type(e).__name__ + ":", e)

class NoEnter:
    def __exit__(self, *a):
        print("exit of NoEnter")

try:
    with NoEnter():
        print("never")
except Exception as e:
    print(type(e).__name__ + ":", e)

def plain_exit(self, et, ev, tb):
    print("plain function exit", et.__name__ if et else None)
    return True

class Late:
    def __enter__(self):
        return self

Late.__exit__ = plain_exit
with Late():
    raise KeyError("late bound exit suppresses")
print("after Late")

class StaticExit:
    def __enter__(self):
        return self
    @staticmethod
    def __exit__(et, ev, tb):
        print("static exit", et)
        return None

with StaticExit():
    print("static body")

try:
    with 5:
        pass
except Exception as e:
    print(type(e).__name__ + ":", e)
