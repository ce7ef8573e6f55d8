print(1, colour='red')
