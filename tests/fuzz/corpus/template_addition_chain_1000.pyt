x = {{1000*1 + }}1
print(x)
