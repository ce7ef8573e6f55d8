# UnboundLocalError after del of a local variable
def use(n):
    value = n * 3
    print("value is", value)
    del value
    return value + 1

print("start")
use(4)
