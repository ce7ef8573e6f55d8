# The builtins module: its attributes are the builtin names; exit() and quit() raise SystemExit.
import builtins
print(builtins.len([1, 2]), builtins.int is int, builtins.ValueError is ValueError, builtins.print is print, getattr(builtins, 'True'), builtins.__name__)
print(getattr(builtins, 'max')(3, 4), hasattr(builtins, 'open'), hasattr(builtins, 'nope'), 'sorted' in dir(builtins))
print([n for n in ['abs', 'all', 'any', 'ascii', 'bin', 'bool', 'bytearray', 'bytes', 'callable', 'chr', 'classmethod', 'compile', 'complex', 'delattr', 'dict', 'dir', 'divmod', 'enumerate', 'eval', 'exec', 'filter', 'float', 'format', 'frozenset', 'getattr', 'globals', 'hasattr', 'hash', 'hex', 'id', 'input', 'int', 'isinstance', 'issubclass', 'iter', 'len', 'list', 'locals', 'map', 'max', 'min', 'next', 'object', 'oct', 'open', 'ord', 'pow', 'print', 'property', 'range', 'repr', 'reversed', 'round', 'set', 'setattr', 'slice', 'sorted', 'staticmethod', 'str', 'sum', 'super', 'tuple', 'type', 'vars', 'zip', 'exit', 'quit'] if not hasattr(builtins, n)])
for f in (exit, quit):
    try:
        f(5)
    except SystemExit as e:
        print('SystemExit', e.code)
try:
    exit()
except SystemExit as e:
    print('SystemExit', e.code)
