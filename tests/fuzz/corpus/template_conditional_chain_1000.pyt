print({{1000*0 if 0 else }}2)
