REAL = "real attribute"


def __getattr__(name):
    if name == 'lazy':
        return "computed lazily for " + name
    raise AttributeError("module " + repr(__name__) + " has no attribute " + repr(name) + " (custom)")
