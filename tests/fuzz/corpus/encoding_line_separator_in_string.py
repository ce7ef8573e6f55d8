s = 'a bc'
print(len(s))
