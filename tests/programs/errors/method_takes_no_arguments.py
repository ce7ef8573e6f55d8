# methods without parameters refuse arguments with CPython's wording
print('abc'.upper(), [3, 1].reverse())
'abc'.upper(1)
