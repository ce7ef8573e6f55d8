# print writes its items one at a time: those before a failing conversion are already out
print('before')
print('a', 'b', 10**5000, sep='-', end='!\n')
