x = 3
if x == 0:
    pass
{{5000*elif x == 1:\n    pass\n}}else:
    print('else')
