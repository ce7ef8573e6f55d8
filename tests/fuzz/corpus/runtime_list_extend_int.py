x = []
x.extend(5)
