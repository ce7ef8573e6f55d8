print(float(1, 2))
