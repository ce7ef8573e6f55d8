# list.insert converts its index to a C ssize_t: an int beyond it is an OverflowError
l = [1]
l.insert(-100, 0)
l.insert(True, 5)
print(l)
l.insert(2**63, 0)
