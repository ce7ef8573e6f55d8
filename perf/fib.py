# Recursive Fibonacci: measures function call/return overhead, argument
# passing, small-int arithmetic and comparisons.


def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


N = 36
print("fib", N, fib(N))
