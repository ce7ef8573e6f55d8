# __traceback__ read at different times: entries collected while in flight are linked on when read; identity kept; reassigned; with_traceback.
import sys
def f(n):
    if n == 0:
        raise ValueError("x")
    f(n - 1)
def chain(tb):
    out = []
    while tb is not None:
        out.append(tb.tb_lineno)
        tb = tb.tb_next
    return out
try:
    f(3)
except ValueError as e:
    err = e
t1 = err.__traceback__
print(chain(t1), t1 is err.__traceback__)
def again():
    try:
        raise err
    except ValueError as e2:
        return e2
e3 = again()
print(e3 is err, chain(err.__traceback__), chain(t1))
err.__traceback__ = None
try:
    raise err
except ValueError as e4:
    print(chain(e4.__traceback__))
try:
    try:
        f(1)
    except ValueError:
        raise
except ValueError as e5:
    print(chain(e5.__traceback__))
    e6 = e5.with_traceback(t1)
    print(e6 is e5, chain(e5.__traceback__))
try:
    try:
        f(0)
    except ValueError as e7:
        pass
    print(chain(e7.__traceback__) if False else "unbound")
except NameError as n:
    print("NameError", n)
def g():
    try:
        f(2)
    except ValueError as e:
        print(chain(sys.exc_info()[2]), chain(e.__traceback__))
        raise
try:
    g()
except ValueError as e:
    print(chain(e.__traceback__))
f(1)
