print({{500*not }}True)
