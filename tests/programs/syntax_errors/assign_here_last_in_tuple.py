class Box:
    pass

b = Box()
b.x, b.y = 1, 2
print(b.x + b.y)
b.x, len(b) = 3
