# Checks the traceback of an error raised inside a genexp, which shows a <genexpr> frame.
def ratio(values):
    return sum(100 // v for v in values)

def report(rows):
    for row in rows:
        print("row", row, "->", ratio(row))

report([[1, 2], [4, 5]])
report([[3, 0, 1]])
