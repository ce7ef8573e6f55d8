# Late binding in loops vs default-argument capture; mutable defaults
fs = []
for i in range(4):
    def f():
        return i
    fs.append(f)
print(fs[0](), fs[1](), fs[3]())
i = 100
print(fs[0]())

def make_all():
    out = []
    for k in range(3):
        def g():
            return k * 10
        out.append(g)
    k = 99
    return out

print(make_all()[0](), make_all()[2]())

caps = []
for i in range(4):
    def h(i=i):
        return i
    caps.append(h)
print(caps[0](), caps[1](), caps[3](), caps[0](42))

lams = []
for n in range(3):
    lams.append(lambda: n)
print(lams[0](), lams[1](), lams[2]())
lams2 = []
for n in range(3):
    lams2.append(lambda n=n: n * n)
print(lams2[0](), lams2[1](), lams2[2]())

def append_to(x, acc=[]):
    acc.append(x)
    return acc

print(append_to(1))
print(append_to(2))
print(append_to(3, []))
print(append_to(4))

def count_calls(d={}):
    d["n"] = d.get("n", 0) + 1
    return d["n"]

print(count_calls(), count_calls(), count_calls({}), count_calls())

seen = []
def default_time(v=seen.append("evaluated") or len(seen)):
    return v

print(default_time(), default_time(), seen)
base = 5
def uses_default(a=base * 2):
    return a
base = 1000
print(uses_default())
def with_copy(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(with_copy(1), with_copy(2))
