# An error raised through a decorator's wrapper shows every frame
def logged(fn):
    def wrapper(*args, **kwargs):
        print("calling with", args, kwargs)
        return fn(*args, **kwargs)
    return wrapper

@logged
def divide(a, b=1):
    return a // b

print(divide(7, b=2))
print(divide(7, 0))
