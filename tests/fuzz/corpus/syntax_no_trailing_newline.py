x = 1
if x:
    print('no newline at end')