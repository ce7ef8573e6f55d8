# Checks %-formatting basics: %s %r %a %d %i %%, tuples vs single values, and %(name)s mappings.
print("%s" % "str", "%s" % 42, "%s" % None, "%s" % [1, "a"], "%s" % (1.5,))
print("%r" % "str", "%r" % 42, "%r" % [1, "a"], "%a" % "é", "%a" % ["ü"], "%r" % "é")
print("%d %i %u" % (42, -7, 3), "%d" % 3.99, "%d" % -3.99, "%d" % True, "%i" % 10**20)
print("100%%", "%d%%" % 50, "%%s" % (), "%s%%%s" % (1, 2))
print("%s and %s" % ("a", "b"))
print("%s" % ((1, 2),), "%s" % [(1, 2)], "%s-%s" % tuple([3, 4]))
print("%(name)s is %(age)d" % {"name": "Ada", "age": 36})
print("%(a)s %(a)r %(b)5.1f|" % {"a": "x", "b": 2.345})
print("%(key with space)s" % {"key with space": "ok"}, "%()s" % {"": "empty key"})
print("%(x)s" % {"x": 1, "unused": 2})
print("%s" % {"a": 1}, "%s %s" % ({"a": 1}, 2))
print("no specifiers" % (), "no specifiers" % {"a": 1}, "no specifiers" % [])
print("%5s|%-5s|%.2s|%5.1s|%-5.3s|" % ("abc", "abc", "abc", "abc", "abcdef"))
print("%*s|%-*s|%.*s|%*.*s|" % (5, "a", 5, "b", 2, "xyz", 6, 2, "uvw"))
print("%s" % "", "[%s]" % "", "%r" % "")
class Obj:
    def __str__(self):
        return "Obj.str"
    def __repr__(self):
        return "Obj.repr"
print("%s %r %a" % (Obj(), Obj(), Obj()))
print("%c%c%c" % (72, "i", 0x1F600))
print("%s" % b"bytes", "%r" % b"bytes")
print("%(a)s%%" % {"a": 5})
print("%-6d|%06d|%+d|% d|%+ d|%- 6d|" % (42, 42, 42, 42, 42, 42))
print("%x %X %o %#x %#X %#o" % (255, 255, 8, 255, 255, 8))
print("%s" % -0.0, "%r" % 1e16, "%s" % 1e-5, "%s" % 0.1)
d = {"v": [1, 2]}
print("%(v)s %(v)r" % d)
x = ("tuple",)
print("%s" % x, "%s" % (x,))
print("%s" % 1j, "%r" % (1 - 2j))
