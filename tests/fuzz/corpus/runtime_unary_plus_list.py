print(+[])
