else:
    pass
while True:
    break
