x = 2
if x:
    print(x)

print('done')
