print(','.join(5))
