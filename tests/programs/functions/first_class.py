# functions as values: passed as arguments, stored in lists, rebound
def square(x):
    return x * x

def negate(x):
    return -x

def inc(x):
    return x + 1

def apply(f, v):
    return f(v)

def apply_twice(f, v):
    return f(f(v))

def compose_all(funcs, v):
    for f in funcs:
        v = f(v)
        print("  ->", v)
    return v

print(apply(square, 7), apply(negate, 7), apply_twice(square, 3))
ops = [square, negate, inc]
for op in ops:
    print(op(5))
print(compose_all(ops, 4))
print(compose_all([inc, inc, square], 0))
alias = square
print(alias(12), alias is square, square == negate)
ops.append(alias)
print(len(ops), ops[-1](9), ops[0](2))

def pick(flag):
    if flag:
        return square
    return negate
print(pick(True)(6), pick(False)(6))

def table(f, n):
    row = []
    for i in range(n):
        row.append(f(i))
    return row
print(table(square, 6))
print(table(inc, 4))
print(table(negate, 3))
