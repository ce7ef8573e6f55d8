# global statement in functions
counter = 0
name = "start"

def increment():
    global counter
    counter = counter + 1
    return counter

def read_only():
    return counter * 10

def set_name(n):
    global name
    name = n

def local_shadow():
    counter = 1000
    return counter

def make_new_global():
    global created
    created = "made in function"

for i in range(3):
    print(increment(), read_only())
print(counter)
set_name("changed")
print(name)
print(local_shadow(), counter)
make_new_global()
print(created)

total = 0
def add_all(values):
    global total
    for v in values:
        total += v
add_all([1, 2, 3])
add_all((10, 20))
print(total)

def two_globals():
    global counter, name
    counter = -1
    name = name + "!"
two_globals()
print(counter, name)
