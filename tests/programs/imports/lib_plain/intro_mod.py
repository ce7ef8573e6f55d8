"""intro_mod: the module docstring."""
value = 1
_hidden = 2


def module_globals():
    return globals()


def function_locals(a, b=2):
    c = a + b
    return sorted(locals())
