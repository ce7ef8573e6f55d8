import math
import sys as _sys
public_value = 1
_private_value = 2
__dunder_value__ = 3


def public_func():
    return "public_func"


def _private_func():
    return "_private_func"


class PublicClass:
    pass
