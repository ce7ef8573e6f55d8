x = 0x{{20000*f}}
print(x % 1000)
