def f(n=0, step=1):
    return f(n=n + step, step=step)

f()
