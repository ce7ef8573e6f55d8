# try/except/else/finally with a try statement inside finally, and returns/breaks from else.
def f(n):
    log = []
    try:
        try:
            if n > 0:
                raise ValueError(n)
            log.append("ok")
        finally:
            log.append("finally start")
            try:
                if n > 1:
                    raise KeyError(n)
            except KeyError as e:
                log.append("inner caught " + repr(e))
                log.append("inner context " + repr(e.__context__))
            else:
                log.append("inner else")
            log.append("finally end")
    except ValueError as e:
        log.append("outer caught " + repr(e))
    return log

for n in range(3):
    print(n, f(n))

def g():
    try:
        raise ValueError("original")
    finally:
        try:
            raise TypeError("temp")
        except TypeError:
            pass

try:
    g()
except ValueError as e:
    print("original survives", repr(e), repr(e.__context__))

# else clauses combined with finally
def f(x):
    log = []
    try:
        try:
            v = 10 // x
        except ZeroDivisionError:
            log.append("except")
            return log
        else:
            log.append("else")
            if x == 5:
                raise ValueError("from else")
            if x == 2:
                return log + ["returned from else"]
        finally:
            log.append("finally")
    except ValueError as e:
        log.append("outer caught " + str(e) + " ctx=" + repr(e.__context__))
    log.append("end")
    return log

for x in [0, 1, 2, 5]:
    print(x, f(x))

def g():
    for i in range(5):
        try:
            pass
        except Exception:
            pass
        else:
            if i == 2:
                break
            continue
        finally:
            print("g finally", i)
    return i

print("g", g())

def h():
    try:
        return "try"
    except Exception:
        return "except"
    else:
        return "else"
    finally:
        print("h finally")

print(h())

def k(n):
    while True:
        try:
            n -= 1
            if n < 0:
                raise StopIteration("done")
        except StopIteration as e:
            return "stopped " + str(e)
        else:
            if n == 1:
                return "else-return at 1"
        finally:
            print("k finally", n)

print(k(3))
print(k(0))

def loop_else():
    for i in range(3):
        try:
            if i == 5:
                break
        finally:
            pass
    else:
        try:
            raise ValueError("loop else")
        except ValueError as e:
            return "caught " + str(e)
    return "not reached"

print(loop_else())
