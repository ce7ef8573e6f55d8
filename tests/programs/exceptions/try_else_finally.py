# try/except/else/finally: which blocks run, and in what order.
log = []

def run(n):
    log.clear()
    try:
        log.append("try")
        if n == 1:
            raise ValueError("one")
        if n == 2:
            raise KeyError("two")
        log.append("try-end")
    except ValueError as e:
        log.append("except-value:" + str(e))
    except KeyError:
        log.append("except-key")
    else:
        log.append("else")
    finally:
        log.append("finally")
    log.append("after")
    return list(log)

for n in [0, 1, 2]:
    print(n, run(n))

def only_finally(fail):
    trace = []
    try:
        try:
            trace.append("body")
            if fail:
                1 / 0
        finally:
            trace.append("finally")
        trace.append("after-inner")
    except ZeroDivisionError:
        trace.append("outer-caught")
    return trace

print(only_finally(False))
print(only_finally(True))

def else_without_finally(x):
    try:
        v = 10 // x
    except ZeroDivisionError:
        return "zero"
    else:
        return "ok %d" % v

print(else_without_finally(2), else_without_finally(0))

# The else block's exceptions are not handled by the same try's handlers.
def else_raises():
    try:
        try:
            pass
        except ValueError:
            return "inner handler"
        else:
            raise ValueError("from else")
    except ValueError as e:
        return "outer handler: " + str(e)

print(else_raises())

count = 0
for i in range(4):
    try:
        if i % 2:
            raise RuntimeError(i)
    except RuntimeError as e:
        count += 10
    else:
        count += 1
    finally:
        count += 100
print(count)
