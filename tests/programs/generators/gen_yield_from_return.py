# Checks return values of yield from and StopIteration.value semantics.
def sub(x):
    yield x
    return x * 2

def main():
    total = 0
    for i in range(3):
        total += yield from sub(i)
    return total

g = main()
print(list(g))
g = main()
for v in g:
    print("value", v)
try:
    next(g)
except StopIteration as e:
    print("value after exhausted", e.value)

# capture return value of the delegating generator
def collect(gen):
    items = []
    while True:
        try:
            items.append(next(gen))
        except StopIteration as e:
            return items, e.value

print(collect(main()))

# return of tuples, None, StopIteration instances as return values
def ret_tuple():
    return (1, 2)
    yield

def ret_none():
    yield 1

def ret_exc():
    return StopIteration("inner")
    yield

def wrapper(gen):
    r = yield from gen
    print("yield from returned", repr(r))

for maker in (ret_tuple, ret_none, ret_exc):
    list(wrapper(maker()))

# explicit StopIteration with value from a non-generator iterator
class It:
    def __init__(self):
        self.n = 0
    def __iter__(self):
        return self
    def __next__(self):
        self.n += 1
        if self.n > 2:
            raise StopIteration("custom", "args")
        return self.n

def use_it():
    r = yield from It()
    print("It returned", repr(r))

print(list(use_it()))

# StopIteration.value directly
for s in (StopIteration(), StopIteration(1, 2), StopIteration([7])):
    print(s.value, s.args)
