r = range(10 ** 20)
print(r[-1])
print(len(r))
