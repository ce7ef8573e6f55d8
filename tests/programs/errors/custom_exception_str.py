# An exception class with its own __str__, raised from a method.
class Invalid(ValueError):
    def __init__(self, field, value):
        self.field = field
        self.value = value

    def __str__(self):
        return "%s=%r is invalid" % (self.field, self.value)


class Form:
    def check(self, n):
        if n < 0:
            raise Invalid("n", n)
        return n


f = Form()
print(f.check(3), str(Invalid("a", 1)))
f.check(-1)
