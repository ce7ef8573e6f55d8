# {{1000000*c}}
print('after a long comment')
