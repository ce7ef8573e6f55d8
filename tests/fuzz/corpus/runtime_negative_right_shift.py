print(8 >> -1)
