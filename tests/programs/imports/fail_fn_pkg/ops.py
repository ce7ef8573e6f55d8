class OpsError(Exception):
    pass


def validate(n):
    if n < 0:
        raise OpsError("negative: " + str(n))
    return n


def total(items):
    result = 0
    for item in items:
        result += validate(item)
    return result
