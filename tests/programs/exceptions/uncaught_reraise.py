# A bare raise in a handler re-raises with the original traceback plus the raise line.
log = []

def risky(n):
    return 100 // n

def wrapper(n):
    try:
        return risky(n)
    except ZeroDivisionError:
        log.append("failed for %d" % n)
        print(log)
        raise

print(wrapper(4))
print(wrapper(0))
