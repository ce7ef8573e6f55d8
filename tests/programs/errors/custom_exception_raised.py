# Raising an instance of a user-defined exception class.
class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key):
        super().__init__("missing key %r" % key)
        self.key = key


e = ConfigError("port")
print(e.key, e.args, isinstance(e, AppError), isinstance(e, Exception))
print([c.__name__ for c in ConfigError.__mro__])
raise e
