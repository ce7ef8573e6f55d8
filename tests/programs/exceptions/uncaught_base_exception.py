# An uncaught exception outside Exception (a BaseException subclass) still prints a traceback.
class Abort(BaseException):
    pass

def wait():
    print("waiting")
    raise Abort("stopped by user")

try:
    wait()
except Exception:
    print("not caught by except Exception")
finally:
    print("finally runs")
