# KeyError with a tuple key shows the tuple itself
grid = {}
for x in range(2):
    for y in range(2):
        grid[(x, y)] = x + y
print(grid)
print(grid[(1, 1)])
print(grid[1, 2])
