print({{5000*not }}True)
