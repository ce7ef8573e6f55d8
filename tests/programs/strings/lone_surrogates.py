# lone surrogates: literals keep them; len, repr, +, *, [], iteration, ==, <, in see them; print refuses them
s = 'a\ud800b'
print(len('\ud800'), len(s), repr('\ud800'), repr(s), repr('\U0000dc80'), len('\ud800\udc00'))
print(repr('x' + s + 'y'), repr(s * 2), repr(s[1]), repr(s[-1]), repr('\ud800' 'z' "\udfff"))
for c in s:
    print(repr(c), end=' ')
print()
print('\ud800' == '\ud800', '\ud800' == '\ufffd', '\ud800' < '\ufffd', '\ud7ff' < '\ud800', '\ud800' < '\ud801')
print('\ud800' in s, '\ud800' in 'a\ufffdb', '\ufffd' in s, 'b' in s, repr(['\ud800', '\ufffd']))
print(repr('\ufffd'), repr('\N{REPLACEMENT CHARACTER}'), repr('\\ud800'), repr(r'\ud800'), repr('\ud800\ufffd\udbff'))
print(repr(str('\ud800')), repr(max('\ud800', '\ufffd')), repr(min(['\ud800', '\ud7fb'])))
print('a', 'b\ud800\udc00c')
