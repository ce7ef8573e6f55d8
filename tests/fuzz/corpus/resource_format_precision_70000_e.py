print(len('%.70000e' % 1.0))
