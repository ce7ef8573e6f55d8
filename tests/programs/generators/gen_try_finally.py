# Checks try/except/finally/else inside generators, including yields inside each clause.
def g():
    try:
        print("try")
        yield "in try"
    except ValueError:
        print("except")
        yield "in except"
    else:
        print("else")
        yield "in else"
    finally:
        print("finally")
        yield "in finally"
    print("after")

print(list(g()))

a = g()
print(next(a))
print(a.throw(ValueError))
print(next(a))
print(next(a, "exhausted"))

def nested():
    try:
        try:
            yield 1
            raise KeyError("inner")
        finally:
            print("inner finally")
            yield 2
    except KeyError as e:
        print("outer except", repr(e))
        yield 3
    finally:
        print("outer finally")

print(list(nested()))

def finally_overrides():
    try:
        yield 1
        raise ValueError("lost")
    finally:
        return "finally wins"

b = finally_overrides()
next(b)
try:
    next(b)
except StopIteration as e:
    print("StopIteration", e.value)

def loop_with_finally():
    for i in range(3):
        try:
            if i == 1:
                continue
            yield i
        finally:
            print("finally", i)

print(list(loop_with_finally()))

def break_in_finally():
    while True:
        try:
            yield "x"
            raise RuntimeError("swallowed")
        finally:
            break
    yield "after break"

print(list(break_in_finally()))
