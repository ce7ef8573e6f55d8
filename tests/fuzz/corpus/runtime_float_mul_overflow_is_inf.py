x = 1e308 * 10
print(x, -x, x - x)
