print(None == None)
print(None < None)
