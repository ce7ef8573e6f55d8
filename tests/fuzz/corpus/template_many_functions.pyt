{{3000*def f(x):\n    return x + 1\n\n}}print(f(1))
