s = '{{100000*\\n}}'
print(len(s))
