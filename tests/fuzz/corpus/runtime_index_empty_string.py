print(''[0])
