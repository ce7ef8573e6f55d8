# Nested functions reading enclosing variables, parameters, 3 levels deep
def outer(a):
    b = a * 2
    def inner(c):
        return a + b + c
    return inner

f = outer(1)
g = outer(10)
print(f(100), g(100), f(0), g(-30))

def level1(x):
    def level2(y):
        def level3(z):
            return "%s-%s-%s" % (x, y, z)
        return level3
    return level2

print(level1("a")("b")("c"))
l2 = level1(1)
l3a = l2(2)
l3b = l2(20)
print(l3a(3), l3b(30), l3a(4))

def make_adder(n):
    def add(v):
        return v + n
    return add

adders = [make_adder(1), make_adder(10), make_adder(100)]
total = 0
for ad in adders:
    total = ad(total)
print(total)

def later():
    def show():
        return value
    value = "set after inner was defined"
    r1 = show()
    value = "changed again"
    return r1, show()

print(later())

def skip_level(n):
    def middle():
        def innermost():
            return n * 3
        return innermost()
    return middle()

print(skip_level(7))

def fact_maker():
    def fact(n):
        if n <= 1:
            return 1
        return n * fact(n - 1)
    return fact

print(fact_maker()(10))

def even_odd(n):
    def is_even(k):
        if k == 0:
            return True
        return is_odd(k - 1)
    def is_odd(k):
        if k == 0:
            return False
        return is_even(k - 1)
    return is_even(n), is_odd(n)

print(even_odd(7), even_odd(10))

def shadow(x):
    def inner(x):
        return x * 2
    return inner(x + 1), x

print(shadow(5))
x = "module"
def reads_global():
    def inner():
        return x
    return inner()
print(reads_global())
def captures_list():
    items = []
    def push(v):
        items.append(v)
        return len(items)
    push(1)
    push(2)
    return push(3), items
print(captures_list())
