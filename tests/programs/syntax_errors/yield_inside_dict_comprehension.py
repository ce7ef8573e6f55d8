# yield in a comprehension is a SyntaxError in 3.11, naming the comprehension kind.
def f(y):
    return {k: (yield k) for k in y}
