# The `as` name is deleted at the end of the except block.
try:
    raise ValueError("x")
except ValueError as e:
    print("inside", repr(e))

try:
    print(e)
except NameError as err:
    print("module level:", err)

e = "previous value"
try:
    raise KeyError("k")
except KeyError as e:
    pass
try:
    print(e)
except NameError as err:
    print("rebound name also deleted:", err)

def in_function():
    try:
        1 / 0
    except ZeroDivisionError as exc:
        saved = exc
    try:
        return exc
    except UnboundLocalError as err:
        print("function:", err)
    return saved

s = in_function()
print("saved survives:", repr(s))

def unbound_even_when_reassigned():
    try:
        raise TypeError("t")
    except TypeError as exc:
        exc = "replaced inside"
    try:
        exc
    except NameError as err:
        print(type(err).__name__, err)

unbound_even_when_reassigned()

def not_unbound_if_not_caught():
    exc = "kept"
    try:
        pass
    except ValueError as exc:
        pass
    return exc

print(not_unbound_if_not_caught())

results = []
for i in range(3):
    try:
        if i == 1:
            raise IndexError(i)
    except IndexError as problem:
        results.append(problem.args)
print(results)
try:
    problem
except NameError as err:
    print("loop:", err)
