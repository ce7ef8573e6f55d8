# property: decorator form with getter/setter/deleter, and the call form.
class Temp:
    def __init__(self, c):
        self._c = c
        self.log = []

    @property
    def celsius(self):
        self.log.append("get")
        return self._c

    @celsius.setter
    def celsius(self, v):
        self.log.append("set %r" % v)
        self._c = v

    @celsius.deleter
    def celsius(self):
        self.log.append("del")
        self._c = None

    @property
    def fahrenheit(self):
        return self._c * 9 // 5 + 32


t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 0
print(t.celsius, t.fahrenheit)
del t.celsius
print(t._c, t.log)
print(type(Temp.celsius).__name__, Temp.celsius.fget.__name__, Temp.fahrenheit.fset)


class Box:
    def get_w(self):
        return self._w * 2

    def set_w(self, v):
        self._w = v

    width = property(get_w, set_w, None, "doc of width")
    const = property(lambda self: 42)


b = Box()
b.width = 5
print(b.width, b._w, Box.width.__doc__, b.const)
print("width" in vars(b), sorted(vars(b)))
b.__dict__["width"] = "ignored"
print(b.width)


class Lazy:
    @property
    def value(self):
        if "_value" not in self.__dict__:
            self._value = 7 * 6
            print("computed")
        return self._value


z = Lazy()
print(z.value, z.value)
