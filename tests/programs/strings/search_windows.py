# find/rfind/index/rindex/count/startswith/endswith windows; split/rsplit maxsplit and keywords
s = 'abcabc'
print(s.find('a', 1), s.find('a', -3), s.find('a', 1, 3), s.find('c', None, None))
print(s.rfind('a'), s.rfind('a', 0, 3), s.rfind('bc', -100, 100), s.rfind('x'))
print(s.index('c', 3), s.rindex('b', 0, -2), s.count('a', 1), s.count('bc', -4, -1))
print(s.find('', 6), s.find('', 7), s.count(''), s.count('', 2, 4), s.count('', 9))
print(s.find('a', 2**70), s.find('a', -2**70), s.rfind('', 2, 1), s.find('a', True))
print(s.startswith('bc', 1), s.startswith('bc', 1, 2), s.endswith('ab', 0, 5))
print(s.startswith(('x', 'ca'), 2), s.endswith(('x', 'y')), s.startswith('', 6), s.startswith('', 7))
t = 'héllo wörld héllo'
print(t.find('llo', 3), t.rfind('é'), t.count('l', 2, 9), t.index('w'), t.endswith('ö', 0, 8))
u = '  a b\tc  d  '
print(u.split(), u.split(None, 1), u.split(maxsplit=2), u.rsplit(None, 1), u.rsplit(maxsplit=0))
print('a,b,,c'.split(','), 'a,b,,c'.split(',', 1), 'a,b,,c'.rsplit(',', 2), 'a,b,,c'.split(sep=',', maxsplit=-5))
print('a\x1cb\x1fc d'.split(), ''.split(), ''.split(','), '   '.rsplit())
print(s.replace('a', 'X', 1), s.replace('a', 'X', 0), s.replace('a', 'X', -1), s.replace('', '-', 2))
print('x'.strip(None), ' \x1c x \x1f'.strip(), 'xxaxx'.strip('x'))
