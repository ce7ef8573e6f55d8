# Comparing containers nested deeper than the recursion limit raises RecursionError
a = []
b = []
for i in range(100000):
    a = [a]
    b = [b]
print([[1, [2]]] == [[1, [2]]], [1, [2, 3]] < [1, [2, 4]])
print(a == b)
