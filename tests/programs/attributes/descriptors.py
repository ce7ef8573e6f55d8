# Data descriptors (with __set__) beat the instance dict; non-data ones do not.
class Data:
    def __init__(self, name):
        self.name = name

    def __get__(self, obj, owner):
        if obj is None:
            return "Data on class " + owner.__name__
        return "data:%s=%r" % (self.name, obj.__dict__.get("_" + self.name))

    def __set__(self, obj, value):
        obj.__dict__["_" + self.name] = value * 10


class NonData:
    def __get__(self, obj, owner):
        if obj is None:
            return self
        return "nondata"


class Host:
    d = Data("d")
    n = NonData()


h = Host()
print(h.d, h.n)
h.d = 4
print(h.d, h.__dict__)
h.__dict__["d"] = "in dict"
print(h.d)
h.n = "instance wins"
print(h.n, Host.n.__class__.__name__)
del h.n
print(h.n, Host.d)


class Typed:
    def __init__(self, kind):
        self.kind = kind
        self.store = {}

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, owner):
        if obj is None:
            return self
        return self.store[obj.key]

    def __set__(self, obj, value):
        self.store[obj.key] = self.kind(value)


class Rec:
    age = Typed(int)
    label = Typed(str)

    def __init__(self, key, age, label):
        self.key = key
        self.age = age
        self.label = label


r1 = Rec(1, "41", 5)
r2 = Rec(2, 7.9, "x")
print(r1.age, repr(r1.label), r2.age, r2.label, Rec.age.attr, Rec.label.attr)
print(sorted(vars(r1)))
