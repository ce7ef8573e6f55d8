d = dict(a=1, b="x")
d["(x)"] = 2.5
print("%s" % d)
print("%r and %s" % (d, set([1])))
print("%(a)s-%(b)r %((x))5.2f %(a)05d %%" % d)
print("plain" % d)
print("%s %s" % (d, d))
print("%(a)s and %(a)r" % dict(a="it's"))
print("%s" % (dict(),), "%s" % set(), "%r" % frozenset([2]))
