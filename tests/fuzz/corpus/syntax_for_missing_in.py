for x range(3):
    print(x)
