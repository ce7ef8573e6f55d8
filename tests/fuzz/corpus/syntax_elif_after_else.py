if 0:
    pass
else:
    pass
elif 1:
    pass
