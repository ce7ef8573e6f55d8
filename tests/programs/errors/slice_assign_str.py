print("start")
s = "abc"
s[slice(0, 1)] = "x"
