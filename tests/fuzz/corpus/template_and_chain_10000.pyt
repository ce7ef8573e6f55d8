print({{10000*1 and }}2)
