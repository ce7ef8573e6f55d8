# min/max with key= (None or a function), default=, and the first of equal items winning
def neg(x):
    return -x

def second(pair):
    return pair[1]

print(min([3, 1, 2], key=neg), max(3, 1, 2, key=neg), min([3, 1, 2], key=None))
print(max([(1, 'b'), (2, 'a'), (3, 'b')], key=second), min([(1, 'b'), (2, 'a'), (0, 'a')], key=second))
print(max([], default='empty', key=neg), min(['bb', 'a', 'cc'], key=len), max(['bb', 'a', 'cc'], key=len))
print(max([1, 2], 3))
