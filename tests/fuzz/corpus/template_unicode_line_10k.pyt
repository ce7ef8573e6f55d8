s = '{{5000*é中}}'
print(len(s))
