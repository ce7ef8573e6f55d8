__all__ = ['exported', '_hidden_but_listed', 'func']
exported = "exported"
_hidden_but_listed = "underscore name listed in __all__"
not_listed = "not listed"


def func():
    return "func"
