# ValueError: max() of an empty iterable without default
def biggest(xs):
    return max(xs)

print(biggest([3, 9, 2]))
print(max([], default=0))
print(biggest([]))
