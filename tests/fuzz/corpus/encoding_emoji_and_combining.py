s = 'é😀א'
print(s, len(s))
print(repr(s))
