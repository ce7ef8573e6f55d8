s = '{{1000000*a}}'
print(len(s))
