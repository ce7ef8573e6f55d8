# break and continue inside try/except/finally in loops.
out = []
for i in range(6):
    try:
        if i == 1:
            continue
        if i == 4:
            break
        out.append("body%d" % i)
    finally:
        out.append("fin%d" % i)
print(out)

out = []
for i in range(5):
    try:
        if i % 2 == 0:
            raise ValueError(i)
        out.append("odd%d" % i)
    except ValueError as e:
        out.append("even%s" % e)
        if e.args[0] == 2:
            continue
        if e.args[0] == 4:
            break
    out.append("end%d" % i)
print(out)

out = []
i = 0
while True:
    i += 1
    try:
        if i > 3:
            raise StopIteration
        out.append(i)
    except StopIteration:
        out.append("stop")
        break
    finally:
        out.append("f")
print(out)

# break in finally discards an exception in flight
def break_swallows():
    for i in range(3):
        try:
            raise ValueError("discarded")
        finally:
            break
    return "loop ended at %d" % i

print(break_swallows())

# continue in finally also discards it (allowed since 3.8)
def continue_swallows():
    seen = []
    for i in range(3):
        try:
            raise KeyError(i)
        finally:
            seen.append(i)
            continue
    return seen

print(continue_swallows())

# for/else with try inside: else runs only without break
def search(items, target):
    for x in items:
        try:
            if 10 // x == target:
                break
        except ZeroDivisionError:
            continue
    else:
        return "not found"
    return "found %d" % x

print(search([0, 5, 2], 5), search([0, 3], 7), search([0, 0], 1))

total = 0
for row in [[1, 2], [3, "x"], [], [4]]:
    try:
        total += row[0] + row[1]
    except IndexError:
        total += 1000
        continue
    except TypeError:
        total += 100
        continue
    finally:
        total += 1
    total += 10
print(total)
