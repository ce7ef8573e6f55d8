d = dict(name="x")
print("%(name)s" % d)
print("%(other)s" % d)
