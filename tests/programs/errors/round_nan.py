print("start")
print(round(float("nan")))
