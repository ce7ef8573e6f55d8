a, b = 'ab'
print(a, b)
a, b = 'abc'
