# Calls: positional, keyword, defaults, recursion, built-ins and methods.
def add(a, b=10, c=100):
    return a + b + c

def fact(n):
    if n <= 1:
        return 1
    return n * fact(n - 1)

def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)

def pair(x, y):
    return x, y

print(add(1), add(1, 2), add(1, c=3), add(b=5, a=1), add(1, 2, 3))
print(fact(20), fact(25))
print(fib(8))
a, b = pair(y=2, x=1)
print(a, b)
words = "the quick brown fox".split()
words.append("jumps")
print(len(words), "-".join(words).upper(), max(3, 7, 5), abs(-4))
print(sum(list(range(10))), min([4, 2, 8]), str(3.25) + "!", int("77") + 1)
