# TypeError: slice indices must be integers
s = "abcdef"
print(s[1:3], s[None:2], s[False:True])
print(s[1:2.5])
