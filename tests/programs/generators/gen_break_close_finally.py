# Checks breaking out of a for loop over a generator, then closing it explicitly; finally blocks print.
def resource(name):
    print("open", name)
    try:
        for i in range(5):
            print(name, "yield", i)
            yield i
    finally:
        print("cleanup", name)

g = resource("A")
for v in g:
    if v == 1:
        print("breaking")
        break
print("after loop, still suspended:", g.gi_frame is not None)
g.close()
print("after close")

# continuing iteration of the same generator after break
g = resource("B")
for v in g:
    if v == 0:
        break
for v in g:
    print("second loop got", v)
    if v == 2:
        break
g.close()

# return from inside a for over a generator, then close in finally
def find(target):
    gen = resource("C")
    try:
        for v in gen:
            if v == target:
                return "found %d" % v
        return "not found"
    finally:
        gen.close()
        print("find finally")

print(find(2))
print(find(99))

# exception inside the loop body
g = resource("D")
try:
    for v in g:
        if v == 1:
            raise KeyError("body")
except KeyError as e:
    print("caught", repr(e))
finally:
    g.close()
print("end")
