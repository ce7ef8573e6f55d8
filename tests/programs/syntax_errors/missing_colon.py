x = 5
print("start")
if x
    print("x is set")
print("end")
