# Uncaught assert whose test spans two lines: the traceback line is the one of the last comparison.
def validate(rows):
    for r in rows:
        assert (len(r) == 2 and
                r[1] > 0), "bad row: " + repr(r)
    return len(rows)

print(validate([("a", 1)]))
print(validate([("a", 1), ("b", 0)]))
