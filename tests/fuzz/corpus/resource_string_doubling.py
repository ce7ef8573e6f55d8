s = 'x'
for i in range(20):
    s = s + s
print(len(s))
