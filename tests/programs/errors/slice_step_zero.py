# ValueError: slice step cannot be zero
def every(seq, k):
    return seq[::k]

print(every([1, 2, 3, 4, 5], 2))
print(every("abcdef", -3))
print(every((1, 2, 3), 0))
