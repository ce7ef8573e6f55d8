x = float('nan')
print(x == x, x is x)
print([x] == [x], x in [x], [x].count(x))
print([x].index(x))
