café = 3
π = 3.14
print(café * π)
