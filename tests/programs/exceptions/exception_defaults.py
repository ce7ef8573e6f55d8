# Exception classes with default arguments, class-level defaults and keyword arguments.
class HttpError(Exception):
    default_status = 500

    def __init__(self, message="server error", status=None):
        if status is None:
            status = self.default_status
        super().__init__(message, status)
        self.message = message
        self.status = status

    def __str__(self):
        return "%d %s" % (self.status, self.message)

class NotFoundError(HttpError):
    default_status = 404

    def __init__(self, path="/"):
        super().__init__("not found: " + path)
        self.path = path

for err in [HttpError(), HttpError("oops"), HttpError(status=502), HttpError("bad", 400),
            NotFoundError(), NotFoundError("/x")]:
    print(type(err).__name__, err.args, str(err), err.status)

def handle(exc):
    try:
        raise exc
    except NotFoundError as e:
        return "404 page for " + e.path
    except HttpError as e:
        if e.status >= 500:
            return "retry later (%d)" % e.status
        return "client error (%d)" % e.status

print(handle(NotFoundError("/a")), "|", handle(HttpError()), "|", handle(HttpError("x", 401)))

# Built-in exceptions accept no keyword arguments
try:
    ValueError(message="x")
except TypeError as e:
    print("keyword:", e)

# Raising the class uses the default arguments
try:
    raise NotFoundError
except HttpError as e:
    print("raised class:", repr(e), e.path)

class Flexible(Exception):
    def __init__(self, *parts, sep=" "):
        super().__init__(sep.join(parts))

print(repr(Flexible("a", "b")), repr(Flexible("a", "b", sep="-")), repr(Flexible()))
