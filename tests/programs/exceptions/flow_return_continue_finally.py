# return in except overridden by a raising finally; continue/break in finally swallowing exceptions.
def g():
    try:
        raise ValueError("first")
    except ValueError:
        return "from except"
    finally:
        raise RuntimeError("finally wins")

try:
    g()
except RuntimeError as e:
    print("caught", repr(e))
    print("context", repr(e.__context__))
    print("suppress", e.__suppress_context__)

def h():
    for i in range(3):
        try:
            return i
        finally:
            if i == 0:
                continue
    return "end"

print(h())

def k():
    try:
        try:
            return "inner"
        finally:
            print("inner finally")
    finally:
        print("outer finally")

print(k())

def m():
    x = "start"
    try:
        return x
    finally:
        x = "changed"
        print("finally sees", x)

print(m())

# continue/break in finally swallow the exception
def swallow():
    seen = []
    for i in range(4):
        try:
            if i % 2:
                raise ValueError("odd " + str(i))
            seen.append(i)
        finally:
            seen.append("f")
            continue
    return seen

print(swallow())

def swallow_break():
    for i in range(3):
        try:
            1 / 0
        finally:
            break
    return i

print(swallow_break())

def nested():
    total = 0
    for i in range(3):
        for j in range(3):
            try:
                try:
                    if j == 1:
                        raise KeyError(j)
                    total += 1
                finally:
                    if j == 1:
                        continue
            finally:
                total += 10
    return total

print(nested())

def swallowed_context():
    for i in range(2):
        try:
            raise ValueError("lost")
        finally:
            if i == 0:
                continue
            try:
                raise TypeError("inner")
            except TypeError as e:
                print("inner context", repr(e.__context__))
                break
    return "done"

print(swallowed_context())
