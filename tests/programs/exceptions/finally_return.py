# return inside try with finally; return in finally overriding a value or swallowing an error.
trace = []

def try_returns():
    try:
        trace.append("try")
        return "from try"
    finally:
        trace.append("finally")

print(try_returns(), trace)

def finally_overrides():
    try:
        return "try"
    finally:
        return "finally"

print(finally_overrides())

def finally_swallows():
    try:
        raise ValueError("lost")
    finally:
        return "swallowed"

print(finally_swallows())

def except_returns():
    try:
        raise KeyError("k")
    except KeyError:
        return "except"
    finally:
        trace.append("finally-after-except")

trace.clear()
print(except_returns(), trace)

def value_captured():
    x = [1]
    try:
        return x
    finally:
        x.append(2)
        x = "rebound"

print(value_captured())

def int_captured():
    n = 1
    try:
        return n
    finally:
        n = 99

print(int_captured())

def finally_overrides_except():
    try:
        1 / 0
    except ZeroDivisionError:
        return "except"
    finally:
        return "finally wins"

print(finally_overrides_except())

def nested_finally():
    out = []
    try:
        try:
            return out
        finally:
            out.append("inner")
    finally:
        out.append("outer")

print(nested_finally())

def finally_swallows_base():
    try:
        raise SystemExit(5)
    finally:
        return "kept running"

print(finally_swallows_base())

def return_in_loop():
    for i in range(5):
        try:
            if i == 2:
                return i
        finally:
            trace.append(i)

trace.clear()
print(return_in_loop(), trace)
