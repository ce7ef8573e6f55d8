x = None
print(x.value)
