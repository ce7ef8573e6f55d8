def ok():
    return 1


if ok() == 1
    print("yes")
