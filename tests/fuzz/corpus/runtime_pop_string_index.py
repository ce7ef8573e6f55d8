print([1, 2].pop('0'))
