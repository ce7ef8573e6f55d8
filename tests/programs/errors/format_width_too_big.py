# %-format widths and precisions past C's INT_MAX are rejected, not allocated
print("%5.2f|%-6d|%06.1f|%x" % (3.14159, 42, -2.5, 255))
print("%*d|%-*s|" % (6, 42, 4, "ab"))
print(len("%.300f" % 1.0))
print("%99999999999999999999d" % 1)
