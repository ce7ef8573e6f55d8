# User-defined exception classes: __init__ calling super().__init__, extra attributes, catching by base.
class AppError(Exception):
    pass

class ConfigError(AppError):
    def __init__(self, key, reason="missing"):
        super().__init__("config key %r is %s" % (key, reason))
        self.key = key
        self.reason = reason

class NetworkError(AppError):
    def __init__(self, host, port):
        super().__init__(host, port)
        self.host = host
        self.port = port

    def address(self):
        return "%s:%d" % (self.host, self.port)

e = ConfigError("port")
print(repr(e), str(e), e.args, e.key, e.reason)
e = ConfigError("host", "empty")
print(repr(e), str(e))
n = NetworkError("example.org", 8080)
print(repr(n), str(n), n.args, n.address())
print(repr(AppError()), repr(AppError("plain")), str(AppError("plain")))

def fail(kind):
    if kind == "config":
        raise ConfigError("user")
    if kind == "net":
        raise NetworkError("localhost", 22)
    if kind == "app":
        raise AppError("generic")
    if kind == "value":
        raise ValueError("not ours")
    return "ok"

for kind in ["config", "net", "app", "value", "none"]:
    try:
        print(kind, fail(kind))
    except ConfigError as e:
        print(kind, "ConfigError handler:", e.key)
    except AppError as e:
        print(kind, "AppError handler:", type(e).__name__, e.args)
    except Exception as e:
        print(kind, "Exception handler:", repr(e))

print([c.__name__ for c in ConfigError.__mro__])
print(issubclass(NetworkError, AppError), issubclass(NetworkError, ConfigError))
print(isinstance(n, Exception), isinstance(n, ConfigError))
print(ConfigError.__name__, ConfigError.__bases__[0].__name__)

# Attributes can be added to any exception instance
v = ValueError("v")
v.code = 17
print(v.code, v.args)
try:
    raise v
except ValueError as caught:
    print(caught.code, caught is v)

# __init__ that does not call super().__init__: args still come from the call
class NoSuper(Exception):
    def __init__(self, a, b):
        self.total = a + b

ns = NoSuper(2, 3)
print(repr(ns), ns.args, str(ns), ns.total)

class Empty(Exception):
    def __init__(self):
        super().__init__()

print(repr(Empty()), Empty().args, "[" + str(Empty()) + "]")
