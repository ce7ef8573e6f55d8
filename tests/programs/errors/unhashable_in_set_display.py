# TypeError: a list inside a set display
a = 1
print({a, (a, a)})
print({a, [a]})
