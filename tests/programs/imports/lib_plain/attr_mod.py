counter = 0


def bump():
    global counter
    counter += 1
    return counter


def read():
    return counter


def read_extra():
    return extra


class Klass:
    def where(self):
        return __name__
