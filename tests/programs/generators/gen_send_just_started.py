# Checks send() to a just-started generator (TypeError for non-None) and send() after exhaustion.
def g():
    x = yield 1
    print("got", x)
    yield 2

a = g()
try:
    a.send(42)
except TypeError as e:
    print("TypeError:", e)
# still usable: the generator did not start
print(a.send(None))
print(a.send("hello"))
try:
    a.send(0)
except StopIteration as e:
    print("StopIteration", e.value)
# send to an exhausted generator
try:
    a.send(1)
except StopIteration as e:
    print("exhausted StopIteration", e.args)
try:
    a.send(None)
except StopIteration as e:
    print("exhausted StopIteration again", e.args)

b = g()
for value in (0, "", [], False):
    try:
        b.send(value)
    except TypeError as e:
        print(repr(value), "->", e)
print(next(b))
b.close()

# send with no args / too many args
c = g()
try:
    c.send()
except TypeError as e:
    print("TypeError no args")
try:
    c.send(1, 2)
except TypeError as e:
    print("TypeError two args")
c.close()
print("send after close on unstarted:")
try:
    c.send(None)
except StopIteration:
    print("StopIteration")
