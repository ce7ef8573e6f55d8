# Checks the traceback for an uncaught ValueError raised while formatting inside an f-string.
def render(rows):
    lines = []
    for label, value in rows:
        lines.append(f"{label:<8}|{value:>8.2f}")
    return lines

for line in render([("alpha", 1.5), ("beta", 22)]):
    print(line)
print(f"{'width':{'>'}{10}}|")
for line in render([("gamma", "oops")]):
    print(line)
