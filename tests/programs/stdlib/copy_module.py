# Tests copy.copy and copy.deepcopy: containers, shared/cyclic references, instances, __copy__/__deepcopy__.
import copy

a = [1, [2, 3], {"k": [4]}]
s = copy.copy(a)
d = copy.deepcopy(a)
print(s == a, s is a, s[1] is a[1], s[2] is a[2])
print(d == a, d is a, d[1] is a[1], d[2] is a[2], d[2]["k"] is a[2]["k"])
a[1].append(99)
a[2]["k"].append(5)
print(a, s, d)

dct = {"x": [1], "y": {"z": (1, [2])}}
sd = copy.copy(dct)
dd = copy.deepcopy(dct)
print(sd["x"] is dct["x"], dd["x"] is dct["x"], dd["y"]["z"] is dct["y"]["z"], dd == dct)
print(type(copy.copy(set([1]))).__name__, sorted(copy.deepcopy({3, 1, 2})))
fs = frozenset([1, 2])
print(copy.copy(fs) is fs, copy.deepcopy(fs) is fs)

shared = [0]
outer = [shared, shared]
dc = copy.deepcopy(outer)
print(dc[0] is dc[1], dc[0] is shared, dc)
sc = copy.copy(outer)
print(sc[0] is sc[1], sc[0] is shared)
dd2 = copy.deepcopy({"a": shared, "b": [shared]})
print(dd2["a"] is dd2["b"][0])

cyc = [1, 2]
cyc.append(cyc)
cd = copy.deepcopy(cyc)
print(cd is cyc, cd[2] is cd, cd[2] is cyc, cd[:2])
print(cd)
cdict = {}
cdict["self"] = cdict
cdd = copy.deepcopy(cdict)
print(cdd["self"] is cdd, cdd["self"] is cdict)

t = (1, 2, "three", None, 4.5)
print(copy.copy(t) is t, copy.deepcopy(t) is t)
tm = (1, [2])
tmd = copy.deepcopy(tm)
print(tmd is tm, tmd == tm, tmd[1] is tm[1])
empty = ()
print(copy.deepcopy(empty) is empty, copy.copy("str") == "str")
for v in [1, 2.5, "s", None, True, 10**30, range(3), len]:
    print(copy.copy(v) is v, copy.deepcopy(v) is v, end="; ")
print()
ls = list("xy")
print(copy.copy(ls) is ls, copy.copy(ls) == ls)

class Plain:
    def __init__(self, items):
        self.items = items
        self.name = "p"
p = Plain([1, 2])
pc = copy.copy(p)
pd = copy.deepcopy(p)
print(type(pc).__name__, pc is p, pc.items is p.items, pd.items is p.items, pd.items, pd.name)
p.items.append(3)
print(pc.items, pd.items, vars(pd) == {"items": [1, 2], "name": "p"})

class Node:
    def __init__(self, val):
        self.val = val
        self.next = None
n1, n2 = Node(1), Node(2)
n1.next, n2.next = n2, n1
m1 = copy.deepcopy(n1)
print(m1.val, m1.next.val, m1.next.next is m1, m1 is n1, m1.next is n2)

class Custom:
    def __init__(self, v):
        self.v = v
    def __copy__(self):
        print("__copy__ called")
        return Custom(self.v + ["shallow"])
    def __deepcopy__(self, memo):
        print("__deepcopy__ called", type(memo).__name__)
        return Custom(copy.deepcopy(self.v, memo) + ["deep"])
c = Custom([0])
print(copy.copy(c).v, copy.deepcopy(c).v, c.v)
box = [c, c]
bd = copy.deepcopy(box)
print(bd[0] is bd[1], bd[0].v)

class Slotted:
    __slots__ = ("a", "b")
    def __init__(self):
        self.a = [1]
        self.b = "b"
so = Slotted()
soc = copy.copy(so)
sod = copy.deepcopy(so)
print(soc.a is so.a, sod.a is so.a, sod.a, sod.b)

class WithState:
    def __init__(self):
        self.data = [1]
        self.cache = "big"
    def __getstate__(self):
        return {"data": self.data}
    def __setstate__(self, state):
        self.__dict__.update(state)
        self.cache = "rebuilt"
ws = copy.deepcopy(WithState())
print(ws.data, ws.cache)

class Sub(list):
    pass
sl = Sub([1, [2]])
sl.tag = "t"
slc = copy.copy(sl)
sld = copy.deepcopy(sl)
print(type(slc).__name__, slc, slc.tag, slc[1] is sl[1], type(sld).__name__, sld[1] is sl[1], sld.tag)

memo = {}
x = [1, 2]
y = copy.deepcopy([x, x], memo)
print(y[0] is y[1], id(x) in memo, memo[id(x)] is y[0])

class NoCopy:
    def __deepcopy__(self, memo):
        raise TypeError("cannot deepcopy NoCopy")
try:
    copy.deepcopy([NoCopy()])
except TypeError as e:
    print(type(e).__name__, e)
print(copy.Error.__name__, issubclass(copy.Error, Exception))
try:
    copy.copy()
except TypeError as e:
    print(type(e).__name__, e)
