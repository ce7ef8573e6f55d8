x = '''abc
def'''
print(repr(x), len(x))
y = 1
print(y +
      'a')
