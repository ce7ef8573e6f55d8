# Tests stable sys facts: version_info, maxsize, float_info, intern, getsizeof, implementation, byteorder, platform.
import sys

print(sys.version_info[:2])
print(sys.version_info.major, sys.version_info.minor)
print(sys.version_info[0], sys.version_info[1] == sys.version_info.minor)
print(sys.version_info >= (3, 8), sys.version_info < (3, 0), sys.version_info > (3,))
print(sys.version_info[:2] == (3, 11), sys.version_info >= (3, 11, 0))
print(len(sys.version_info), isinstance(sys.version_info, tuple))
print(sys.version_info.releaselevel in ("alpha", "beta", "candidate", "final"))
print(isinstance(sys.version_info.micro, int), isinstance(sys.version_info.serial, int))
major, minor, *rest = sys.version_info
print(major, minor, len(rest))
print(isinstance(sys.version, str), sys.version.startswith("3.11"))
print(isinstance(sys.hexversion, int), sys.hexversion >> 24, (sys.hexversion >> 16) & 0xFF)

print(sys.maxsize, sys.maxsize == 2**63 - 1, type(sys.maxsize).__name__)
print(-sys.maxsize - 1, sys.maxsize + 1)
print(len(range(sys.maxsize)) == sys.maxsize)
try:
    len(range(sys.maxsize + 1))
except OverflowError as e:
    print(type(e).__name__, e)
print([0][:sys.maxsize], "abc"[-sys.maxsize:])

fi = sys.float_info
print(fi.max, fi.min, fi.epsilon)
print(fi.dig, fi.mant_dig, fi.max_exp, fi.min_exp, fi.max_10_exp, fi.min_10_exp)
print(fi.radix, fi.rounds)
print(fi.max == 1.7976931348623157e308, fi.epsilon == 2.0 ** -52, fi.min == 2.0 ** -1022)
print(1.0 + fi.epsilon > 1.0, 1.0 + fi.epsilon / 2 == 1.0)
print(fi.max * 2, -fi.max * 2, fi.max + 1 == fi.max)
print(fi[0] == fi.max, len(fi))
print(sys.float_repr_style)

s = sys.intern("abc")
print(s == "abc", type(s).__name__)
built = "".join(["hello", "_", "world"])
print(sys.intern(built) is sys.intern("hello_world"))
try:
    sys.intern(5)
except TypeError as e:
    print(type(e).__name__, e)

print(isinstance(sys.getsizeof([]), int), sys.getsizeof([]) > 0)
print(isinstance(sys.getsizeof(0), int), isinstance(sys.getsizeof("x"), int))
print(isinstance(sys.getsizeof(object(), 0), int))

print(isinstance(sys.implementation.name, str), sys.implementation.name == sys.implementation.name.lower())
print(isinstance(sys.implementation.version, tuple), sys.implementation.version[:1] != ())
print(sys.byteorder, sys.byteorder in ("little", "big"))
print(sys.platform, sys.platform.startswith("linux"))

print(isinstance(sys.argv, list), sys.argv[0].endswith("sys_info.py"), len(sys.argv))
print(isinstance(sys.path, list), isinstance(sys.modules, dict), "sys" in sys.modules)
print(sys.modules["sys"] is sys, __name__ in sys.modules)
print(isinstance(sys.builtin_module_names, tuple), "sys" in sys.builtin_module_names)
print(sys.getrecursionlimit() > 0, isinstance(sys.getrecursionlimit(), int))
print(sys.getdefaultencoding(), sys.stdout.write("written\n"))
print(hasattr(sys, "exit"), callable(sys.exc_info), sys.exc_info())
try:
    raise KeyError("k")
except KeyError:
    et, ev, tb = sys.exc_info()
    print(et.__name__, repr(ev), tb is not None)
print(sys.exc_info() == (None, None, None))
try:
    sys.exit(3)
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    sys.exit("message")
except SystemExit as e:
    print(type(e).__name__, e.code)
try:
    sys.exit()
except SystemExit as e:
    print(type(e).__name__, e.code)
print(sys.stdout is sys.__stdout__, sys.stderr is sys.__stderr__)
print(sys.maxunicode, chr(sys.maxunicode) == "\U0010ffff")
