print('x')
# â‚