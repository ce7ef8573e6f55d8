print({{5000*0 if 0 else }}2)
