print(len('%.70000g' % 1.0))
