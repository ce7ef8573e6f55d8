# Module introspection: __doc__, __dict__, vars(), dir(), globals()/locals() in modules, __spec__ of imported modules.
import sys
sys.path.insert(0, __file__.rsplit('/', 1)[0] + '/lib_plain')
import intro_mod
import intro_nodoc
import intro_dir

print(repr(intro_mod.__doc__), repr(intro_nodoc.__doc__))
print(type(intro_mod.__dict__).__name__, vars(intro_mod) is intro_mod.__dict__)
print(intro_mod.__dict__['value'], vars(intro_mod)['_hidden'], intro_mod.__dict__['__name__'])
print(sorted([k for k in vars(intro_mod) if not k.startswith('__')]))
print([k for k in dir(intro_mod) if not k.startswith('__')])
print([k for k in ['__name__', '__doc__', '__package__', '__file__', '__builtins__', '__spec__'] if k in vars(intro_mod)])

print("-- writing through __dict__")
intro_mod.__dict__['added'] = "added via __dict__"
print(intro_mod.added)
intro_mod.set_later = 5
print(intro_mod.__dict__['set_later'])
del intro_mod.__dict__['set_later']
print(hasattr(intro_mod, 'set_later'))

print("-- globals() and locals()")
print(intro_mod.module_globals() is vars(intro_mod), intro_mod.module_globals()['value'])
print(intro_mod.module_globals.__globals__ is intro_mod.__dict__)
print(intro_mod.function_locals(1))
print(globals() is sys.modules['__main__'].__dict__, globals()['intro_nodoc'] is intro_nodoc)
print(sorted([k for k in globals() if not k.startswith('__')]))

print("-- dir() with a module __dir__")
print(dir(intro_dir))
print(hasattr(intro_dir, 'virtual'))

print("-- __spec__")
print(intro_mod.__spec__.name, repr(intro_mod.__spec__.parent))
import intro_pkg.part
print(intro_pkg.part.__spec__.name, intro_pkg.part.__spec__.parent, intro_pkg.__spec__.parent)
print(intro_pkg.part.__spec__ is sys.modules['intro_pkg.part'].__spec__, intro_pkg.part.__spec__.name == intro_pkg.part.__name__)
