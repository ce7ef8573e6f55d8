print(int(' 7 '))
print(int('1 2'))
