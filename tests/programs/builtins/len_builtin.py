# len of many containers while they change
s = ""
lst = []
t = ()
for i in range(5):
    s = s + "é"
    lst.append(i)
    t = t + (i,)
    print(len(s), len(lst), len(t))
while len(lst) > 2:
    lst.pop()
print(len(lst), lst)
print(len("a\nb\tc"), len("\\\\"), len("😀😀"), len(" " * 100))
print(len([[], [], []]), len([[1, 2, 3]]), len(((),)))
print(len(range(1, 100, 7)), len(range(100, 1, -7)))
print(len(str(2 ** 1000)))
print(len(repr("it's")), len(repr([1, 2])))
