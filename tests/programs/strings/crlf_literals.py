# line endings: \r\n
s = '''one
two
'''
print(repr(s))
print(s.split('\n'))
t = 'a\
b'
print(repr(t))
