# Checks the traceback for an uncaught TypeError from %-formatting with too few arguments.
template = "%s scored %d points (%.1f%%)"
print(template % ("Ada", 42, 87.5))
print("%-6s|%6s|" % ("ab", "cd"))
scores = [("Bob", 7)]
for name, points in scores:
    print(template % (name, points))
