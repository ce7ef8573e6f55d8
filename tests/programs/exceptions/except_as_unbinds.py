# except ... as NAME unbinds NAME afterwards, also for globals, nonlocals, cells and class bodies.
e = "global e"

def use_global():
    global e
    try:
        raise ValueError("g")
    except ValueError as e:
        print("bound", repr(e))
    try:
        print(e)
    except NameError as err:
        print("NameError:", err)

use_global()
try:
    print(e)
except NameError as err:
    print("module NameError:", err)

def closure():
    x = "closure x"
    def inner():
        nonlocal x
        try:
            1 / 0
        except ZeroDivisionError as x:
            pass
    inner()
    try:
        return x
    except NameError as err:
        return "NameError: " + str(err)

print(closure())

def reads_cell():
    err = 5
    def get():
        return err
    try:
        raise KeyError("k")
    except KeyError as err:
        pass
    try:
        return get()
    except NameError as ex:
        return "get: " + str(ex)

print(reads_cell())

def loop_var():
    for ex in range(2):
        try:
            raise IndexError(ex)
        except IndexError as ex:
            pass
    try:
        return ex
    except UnboundLocalError as u:
        return "Unbound: " + str(u)

print(loop_var())

def del_then_rebind():
    try:
        raise ValueError
    except ValueError as v:
        v = "reassigned"
    return v

try:
    print(del_then_rebind())
except UnboundLocalError as u:
    print("rebind also unbound:", u)

# scopes: class bodies, comprehensions, closures
class Config:
    try:
        value = int("x")
    except ValueError as err:
        saved = err
        message = str(err)

print(hasattr(Config, "err"), hasattr(Config, "value"), Config.message)
print(type(Config.saved).__name__)

def with_comprehension():
    try:
        raise KeyError("k")
    except KeyError as e:
        pairs = [(i, repr(e)) for i in range(2)]
        keep = lambda e=e: e
    return pairs, repr(keep())

print(with_comprehension())

def shadow_param(e):
    try:
        raise ValueError("inner")
    except ValueError as e:
        pass
    try:
        return e
    except UnboundLocalError as u:
        return "UnboundLocalError: " + str(u)

print(shadow_param("param"))

def handler_closure():
    fns = []
    for i in range(3):
        try:
            raise IndexError(i)
        except IndexError as e:
            msg = e
            fns.append(lambda: msg)
    return [repr(f()) for f in fns]

print(handler_closure())

def same_name_twice():
    out = []
    try:
        raise ValueError("first")
    except ValueError as e:
        out.append(str(e))
        try:
            raise TypeError("second")
        except TypeError as e:
            out.append(str(e))
        try:
            out.append(str(e))
        except NameError as n:
            out.append("NameError: " + str(n))
        except UnboundLocalError as u:
            out.append("Unbound: " + str(u))
    return out

print(same_name_twice())

g = 1
try:
    raise ValueError("global handler")
except ValueError as g:
    print("in handler", repr(g))
try:
    print(g)
except NameError as n:
    print("NameError:", n)
