print(range())
