# KeyError for a missing str key, raised inside a function
def lookup(d, k):
    return d[k]

ages = {"ann": 31, "bob": 42}
print(lookup(ages, "ann"))
print(lookup(ages, "bob"))
print(lookup(ages, "carol"))
print("not reached")
