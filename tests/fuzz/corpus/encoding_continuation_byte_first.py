€print(1)
