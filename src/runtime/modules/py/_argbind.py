"""Argument binding for the functions the library makes at run time (a dataclass's __init__,
a namedtuple's __new__): what CPython's frame set-up does for a generated `def`, with its
error messages."""


def _listing(names):
    quoted = [f"'{name}'" for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return f'{quoted[0]} and {quoted[1]}'
    return ', '.join(quoted[:-1]) + f', and {quoted[-1]}'


def _missing(qualname, names, kind):
    plural = 's' if len(names) > 1 else ''
    return TypeError(f'{qualname}() missing {len(names)} required {kind} '
                     f'argument{plural}: {_listing(names)}')


def bind(qualname, positional, defaults, kwonly, args, kwargs, bound=1):
    """Binds `args`/`kwargs` to the parameters `positional` (then keyword-only `kwonly`) of
    a function called `qualname`. `defaults` maps parameter names to default values;
    `bound` counts parameters already bound (`self`, `cls`), which CPython's messages
    include. Returns the values in parameter order."""
    values = dict(zip(positional, args))
    for name, value in kwargs.items():
        if name not in positional and name not in kwonly:
            raise TypeError(f"{qualname}() got an unexpected keyword argument '{name}'")
        if name in values:
            raise TypeError(f"{qualname}() got multiple values for argument '{name}'")
        values[name] = value
    if len(args) > len(positional):
        most = len(positional) + bound
        least = most - sum(1 for name in positional if name in defaults)
        takes = f'from {least} to {most}' if least != most else f'{most}'
        plural = 's' if most != 1 else ''
        given = len(args) + bound
        verb = 'was' if given == 1 else 'were'
        raise TypeError(f'{qualname}() takes {takes} positional argument{plural} '
                        f'but {given} {verb} given')
    missing = [name for name in positional if name not in values and name not in defaults]
    if missing:
        raise _missing(qualname, missing, 'positional')
    missing = [name for name in kwonly if name not in values and name not in defaults]
    if missing:
        raise _missing(qualname, missing, 'keyword-only')
    return [values[name] if name in values else defaults[name]
            for name in positional + kwonly]
