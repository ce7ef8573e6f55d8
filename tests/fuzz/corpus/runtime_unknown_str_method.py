print('abc'.nope())
