# sys.exit with a string: the message goes to stderr and the exit status is 1.
import sys

def validate(items):
    for item in items:
        if item < 0:
            sys.exit("error: negative item %d" % item)
        print("item", item)

validate([1, 2, -3, 4])
print("not reached")
