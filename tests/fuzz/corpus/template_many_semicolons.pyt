x = 0{{100000*; x = x + 1}}
print(x)
