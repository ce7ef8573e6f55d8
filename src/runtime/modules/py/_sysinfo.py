"""The attributes of `sys` that are structures (`version_info`, `float_info`, `int_info`,
`implementation`) and the constants beside them. `sys` reads them from here on first use."""


def _struct_sequence(name, fields, values):
    """A named tuple like CPython's struct sequences: `sys.name(field=value, ...)`."""
    def field(index):
        return property(lambda self: self[index])

    def __repr__(self):
        parts = ', '.join(f'{f}={v!r}' for f, v in zip(fields, self))
        return f'sys.{name}({parts})'

    namespace = {'__slots__': (), '__repr__': __repr__, 'n_fields': len(fields),
                 'n_sequence_fields': len(fields), 'n_unnamed_fields': 0}
    for index, f in enumerate(fields):
        namespace[f] = field(index)
    cls = type(name, (tuple,), namespace)
    cls.__module__ = 'sys'
    return tuple.__new__(cls, values)


class _Namespace:
    """`types.SimpleNamespace`: attributes given as keywords, shown in the repr."""

    def __init__(self, **kwargs):
        self.__dict__.update(kwargs)

    def __repr__(self):
        items = ', '.join(f'{k}={v!r}' for k, v in self.__dict__.items())
        return f'namespace({items})'


version_info = _struct_sequence(
    'version_info', ('major', 'minor', 'micro', 'releaselevel', 'serial'),
    (3, 11, 0, 'final', 0))
hexversion = 0x030B00F0
version = '3.11.0 (Spindle) [rustc]'
float_info = _struct_sequence(
    'float_info',
    ('max', 'max_exp', 'max_10_exp', 'min', 'min_exp', 'min_10_exp', 'dig', 'mant_dig',
     'epsilon', 'radix', 'rounds'),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))
int_info = _struct_sequence(
    'int_info',
    ('bits_per_digit', 'sizeof_digit', 'default_max_str_digits', 'str_digits_check_threshold'),
    (30, 4, 4300, 640))
implementation = _Namespace(
    name='spindle', cache_tag=None,
    version=_struct_sequence('version_info',
                             ('major', 'minor', 'micro', 'releaselevel', 'serial'),
                             (0, 1, 0, 'alpha', 0)),
    hexversion=0x000100A0)
float_repr_style = 'short'
maxunicode = 0x10FFFF
builtin_module_names = ('_bisect', '_heapq', 'itertools', 'math', 'sys', 'time')
