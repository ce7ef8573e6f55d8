print("%s" % 1)
print("%(a)s" % 1)
