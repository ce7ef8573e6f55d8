x = [{{300000*0, }}0]
print(len(x))
