s = '1' * 4300
print(int(s) % 10)
print(int(s + '1'))
