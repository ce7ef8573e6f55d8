# positional params, defaults, keyword arguments
def describe(a, b, c=3, d="dee"):
    print("a =", a, "b =", b, "c =", c, "d =", d)
    return a + b + c

print(describe(1, 2))
print(describe(1, 2, 10))
print(describe(1, 2, 10, "x"))
print(describe(1, 2, d="kw"))
print(describe(1, 2, c=5))
print(describe(1, b=7))
print(describe(b=4, a=8))
print(describe(d="first", c=0, b=1, a=2))
print(describe(1, 2, d="dd", c=100))

def power(base, exp=2):
    return base ** exp

print(power(5), power(5, 3), power(exp=0, base=9), power(2, exp=10))

def default_list_is_shared(x, acc=[]):
    acc.append(x)
    return acc

print(default_list_is_shared(1))
print(default_list_is_shared(2))
print(default_list_is_shared(3, []))
print(default_list_is_shared(4))

N = 10
def default_evaluated_once(v=N):
    return v
N = 20
print(default_evaluated_once(), N)

def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

print(greet("Ann"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Bye"))
