# Custom __str__ and __repr__ on exception classes, and how they show through str/repr/%.
class Invalid(ValueError):
    def __init__(self, field, value):
        super().__init__(field, value)
        self.field = field
        self.value = value

    def __str__(self):
        return "%s=%r is invalid" % (self.field, self.value)

i = Invalid("age", -3)
print(str(i))
print(repr(i))
print(i.args)
print("%s" % i)
print("%r" % i)
print([i])

class Quiet(Exception):
    def __repr__(self):
        return "<Quiet %d>" % len(self.args)

q = Quiet("a", "b")
print(str(q), repr(q), [q])

class Both(Exception):
    def __str__(self):
        return "both-str"
    def __repr__(self):
        return "both-repr"

b = Both(1)
print(str(b), repr(b), b.args)

class MyKeyError(KeyError):
    pass

print(str(MyKeyError("k")), repr(MyKeyError("k")), str(MyKeyError("k", 2)))

class StrFromBase(KeyError):
    def __str__(self):
        return "custom: " + super().__str__()

print(str(StrFromBase("key")))

class Shout(Exception):
    def __str__(self):
        return Exception.__str__(self).upper() + "!"

print(str(Shout("quiet please")), repr(Shout("x")))

try:
    raise Invalid("name", "")
except ValueError as e:
    print("caught:", e)
    print("message: " + str(e))

class NestedRepr(Exception):
    pass

print(repr(NestedRepr(Invalid("f", 1))), str(NestedRepr(Invalid("f", 1))))
print(str(Exception(Quiet())), repr(Exception(Quiet())))
