x = {{5000*9}}
print(x)
