print("start")
x = 10
if x > 5:
    return x
print("end")
