{{100000*x = 1\n}}print(x)
