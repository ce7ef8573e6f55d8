print(int('٣٤'))
