s = '''a
b'''
print(len(s))
