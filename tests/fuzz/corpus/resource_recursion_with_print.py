def f(n):
    if n > 990:
        print(n)
    f(n + 1)

f(1)
