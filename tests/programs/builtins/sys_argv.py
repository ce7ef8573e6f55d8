import sys
# sys.argv holds the script path as given on the command line
print(sys.argv)
print(len(sys.argv))
print(sys.argv[0])
print(len(sys.argv[0]) > 0)
