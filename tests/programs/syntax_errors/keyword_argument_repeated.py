def area(width, height):
    return width * height

print(area(width=2,
           height=3, width=4))
