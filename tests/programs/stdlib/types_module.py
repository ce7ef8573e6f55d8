# types: names of built-in types, SimpleNamespace, MappingProxyType, new_class, prepare_class.
import types
def f(): pass
print(types.FunctionType, isinstance(f, types.FunctionType), isinstance(len, types.BuiltinFunctionType), types.ModuleType, isinstance(types, types.ModuleType))
print(types.GeneratorType, types.MethodType, types.NoneType, types.EllipsisType, types.NotImplementedType, types.MappingProxyType)
ns = types.SimpleNamespace(a=1, b='x')
ns.c = [1]
print(ns, ns.a, ns == types.SimpleNamespace(a=1, b='x', c=[1]), types.SimpleNamespace)
mp = types.MappingProxyType({'k': 1})
print(mp, mp['k'], len(mp), list(mp), 'k' in mp, dict(mp))
try: mp['z'] = 1
except TypeError as e: print(e)
C = types.new_class('C', (object,), {}, lambda ns: ns.update({'x': 5}))
print(C.__name__, C.x, len(C.__mro__))
print(types.UnionType, int | str, types.GenericAlias(list, (int,)))
class M(type): pass
print(types.prepare_class('D', (), {'metaclass': M}))
