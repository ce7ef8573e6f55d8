# collections.UserDict, UserList and UserString: the wrappers over `.data`, their ABCs, and
# subclasses that customise them.
import copy
from collections import UserDict, UserList, UserString
from collections.abc import (MutableMapping, Mapping, MutableSequence, Sequence, Hashable,
                             Sized, Iterable)

print("--- UserDict")
d = UserDict({"a": 1}, b=2)
print(d, type(d.data).__name__, len(d), d["a"], "b" in d, "z" in d, list(d))
d["c"] = 3
del d["a"]
print(d, d.get("c"), d.get("z"), d.get("z", 0))
print(isinstance(d, MutableMapping), isinstance(d, Mapping), isinstance(d, dict),
      issubclass(UserDict, MutableMapping))
print(UserDict(), UserDict([("x", 1), ("y", 2)]), UserDict(dict=5), UserDict(d))
print(d.keys(), d.items(), d.values())
print(list(d.keys()), list(d.items()), list(d.values()))
print(d == {"b": 2, "c": 3}, d == UserDict(c=3, b=2), d != {"b": 2})
try:
    d["missing"]
except KeyError as e:
    print("KeyError:", e)
print(d.pop("b"), d.setdefault("e", 5), d.popitem(), d)
d.update({"f": 6}, g=7)
d.update([("h", 8)])
print(d, len(d))
print(d | {"i": 9}, {"z": 0} | d, type(d | {"i": 9}).__name__, type({"z": 0} | d).__name__)
print(d | UserDict(j=10))
d |= {"k": 11}
d |= UserDict(l=12)
print(d)
try:
    d | [1]
except TypeError as e:
    print("TypeError:", e)
c = d.copy()
c["new"] = 1
print(type(c).__name__, "new" in d, "new" in c, c.data is d.data)
print(UserDict.fromkeys("ab"), UserDict.fromkeys(["x"], 0))
d.clear()
print(d, len(d), bool(d), bool(UserDict(a=1)))


class Defaulting(UserDict):
    def __missing__(self, key):
        return f"<{key}>"


dd = Defaulting(a=1)
print(dd["a"], dd["b"], "b" in dd, dd.get("b"), dd.get("a"), dd)


class Upper(UserDict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)


u = Upper(a=1)
u["b"] = 2
u.update(c=3)
u.setdefault("d", 4)
print(u, type(u.copy()).__name__, u.copy(), Upper.fromkeys("xy", 0))
cu = copy.copy(u)
cu["e"] = 5
print(cu, u, cu.data is u.data)
u.extra = "attr"
print(u.copy().extra, copy.copy(u).extra)

print("--- UserList")
lst = UserList([3, 1, 2])
print(lst, type(lst.data).__name__, len(lst), lst[0], lst[-1], lst[1:], type(lst[1:]).__name__)
print(UserList(), UserList((1, 2)), UserList("ab"), UserList(lst), UserList(lst).data is lst.data)
print(isinstance(lst, MutableSequence), isinstance(lst, Sequence), isinstance(lst, list),
      isinstance(lst, Hashable), UserList.__hash__)
lst.append(4)
lst.insert(0, 0)
lst.extend([5, 6])
lst.extend(UserList([7]))
print(lst, lst.pop(), lst.pop(0), lst)
lst.remove(5)
lst.sort()
print(lst)
lst.sort(reverse=True, key=lambda x: x % 3)
print(lst)
lst.reverse()
print(lst, lst.count(1), lst.index(2), 4 in lst, 9 in lst)
lst[0] = 10
del lst[1]
print(lst)
lst[1:3] = [20, 30, 40]
print(lst)
del lst[::2]
print(lst)
print(lst + [1], [1] + lst, lst + UserList([2]), lst + (3,), (3,) + lst if False else "",
      type(lst + [1]).__name__, type([1] + lst).__name__)
print(lst * 2, 2 * lst, type(lst * 2).__name__)
lst += [50]
lst += (60,)
lst += UserList([70])
print(lst)
lst *= 2
print(lst, len(lst))
print(lst == list(lst), lst == UserList(list(lst)), lst < [100], lst > UserList([0]),
      lst <= lst, lst >= [1000])
cp = lst.copy()
cp.append(1)
print(type(cp).__name__, len(cp), len(lst))
cc = copy.copy(lst)
print(cc == lst, cc.data is lst.data)
lst.clear()
print(lst, bool(lst), list(reversed(UserList([1, 2, 3]))))
try:
    UserList([1]).remove(9)
except ValueError as e:
    print("ValueError:", e)
try:
    UserList().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    hash(UserList())
except TypeError as e:
    print("TypeError:", e)


class Stack(UserList):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


s = Stack([1])
s.push(2)
print(s, s.peek(), type(s[:1]).__name__, type(s + [3]).__name__, type(s.copy()).__name__)

print("--- UserString")
us = UserString("Hello")
print(us, repr(us), str(us), len(us), us.data, type(us.data).__name__)
print(UserString(42), UserString(us), UserString(us).data == us.data, UserString([1]))
print(us[0], us[1:3], type(us[0]).__name__, us[-1], list(us), list(reversed(us)))
print(isinstance(us, Sequence), isinstance(us, str), isinstance(us, Hashable),
      isinstance(us, MutableSequence), hash(us) == hash("Hello"))
print(us == "Hello", us == UserString("Hello"), us != "x", us < "World", us > UserString("A"),
      us <= "Hello", us >= "Hz")
print("ell" in us, UserString("ell") in us, "z" in us)
print(us + " world", us + UserString("!"), us + 5, "Oh " + us, 5 + UserString("x") if False else "",
      type(us + "x").__name__, type("x" + us).__name__)
print(us * 2, 2 * us, type(us * 2).__name__)
print(UserString("%s-%d") % ("a", 1), type(UserString("%s") % "x").__name__)
print(us.upper(), us.lower(), us.swapcase(), us.capitalize(), type(us.upper()).__name__)
print(us.count("l"), us.count(UserString("l")), us.find("l"), us.rfind("l"), us.index("l"),
      us.rindex("l"), us.find("z"), us.find(UserString("lo")))
print(us.startswith("He"), us.endswith("lo"), us.startswith(("x", "H")), us.endswith("x"))
print(UserString("  pad  ").strip(), UserString("xxhixx").strip("x"),
      UserString("  a").lstrip(), UserString("a  ").rstrip(), UserString("--a--").rstrip("-"))
print(us.replace("l", "L"), us.replace(UserString("l"), UserString("_"), 1))
print(us.split("l"), UserString("a b  c").split(), UserString("a,b,c").rsplit(",", 1),
      UserString("x\ny").splitlines(), UserString("x\ny\n").splitlines(True))
print(us.partition("l"), us.rpartition("l"), UserString(",").join(["a", "b"]),
      type(UserString(",").join(["a"])).__name__)
print(UserString("{}-{x}").format(1, x=2), type(UserString("{}").format(1)).__name__)
print(us.isalpha(), UserString("a1").isalnum(), UserString("12").isdigit(),
      UserString("12").isdecimal(), UserString("12").isnumeric(), UserString("ab").islower(),
      UserString("AB").isupper(), UserString(" ").isspace(), UserString("a").isprintable())
print(us.encode(), UserString("é").encode("utf-8"), us.encode(None, None))
print(int(UserString("42")), float(UserString("2.5")), complex(UserString("1+2j")))
print(us.__getnewargs__(), sorted([UserString("b"), UserString("a")]))
print(sorted({UserString("k"): 1}.keys()) == ["k"], {UserString("k"): 1}.get("k"))


class Shout(UserString):
    def shout(self):
        return self.upper() + "!"


sh = Shout("hey")
print(sh.shout(), type(sh.shout()).__name__, type(sh[0]).__name__, type(sh + "x").__name__)
