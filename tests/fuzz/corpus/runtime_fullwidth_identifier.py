ｘ = 5
print(x)
