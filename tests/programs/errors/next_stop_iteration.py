print("start")
it = iter([1])
print(next(it))
next(it)
