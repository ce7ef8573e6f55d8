# + concatenation, in, == and < comparisons of lists
a = [1, 2]
b = [3]
c = a + b
print(c, a, b, c is a)
print(a + [], [] + [], [[1]] + [[2]])
print(2 in a, 5 in a, 5 not in a, [1] in [[1], 2], "x" in ["x"])
print(1.0 in [1], None in [0, None], True in [1])
print([1, 2] == [1, 2], [1, 2] != [1, 2], [1, 2] == [2, 1], [] == [])
print([1, 2] < [1, 3], [1, 2] < [1, 2, 0], [2] > [1, 9, 9], [] < [0])
print([1, 2] <= [1, 2], [1, 3] >= [1, 2, 5], ["a"] < ["b"], [[1]] < [[1, 0]])
print([1, 2.0] == [1.0, 2], [0] == [False], [1, [2]] == [1, [2]])
print(min([[2], [1, 5], [1]]), max([[2], [1, 5], [1]]))
x = [3, 1, 2]
total = 0
for v in x:
    total = total + v
print(total)
found = False
for v in [4, 8, 15, 16, 23, 42]:
    if v > 20:
        found = v
        break
print(found)
print([1] * 2 + [2] * 2 == [1, 1, 2, 2])
