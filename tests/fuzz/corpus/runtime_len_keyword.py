print(len(obj=[1]))
