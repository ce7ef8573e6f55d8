for i in range(10 ** 20, 10 ** 20 + 3):
    print(i)
