print(len('a\rb'))
print(repr('ab'))
