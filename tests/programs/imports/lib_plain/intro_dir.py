REAL = "real"


def __dir__():
    return ['REAL', 'virtual']
