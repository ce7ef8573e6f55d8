x = float('nan')
print(x)
print(int(x))
