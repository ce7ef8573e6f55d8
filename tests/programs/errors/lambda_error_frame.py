# An error inside a lambda used as a sort key shows the <lambda> frame
rows = [(2, "b"), (1, "a"), (0, "c")]
print(sorted(rows[:2], key=lambda r: 10 // r[0]))
print(sorted(rows, key=lambda r: 10 // r[0]))
