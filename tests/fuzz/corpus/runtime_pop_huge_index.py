print([1, 2].pop(2 ** 100))
