x = ({{100000*1, }})
print(len(x))
