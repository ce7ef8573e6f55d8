import sys
print(sys.nope)
