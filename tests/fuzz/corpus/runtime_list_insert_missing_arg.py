x = [1]
x.insert(0)
