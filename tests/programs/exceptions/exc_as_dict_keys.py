# Exceptions and exception classes as dict keys; repr/str of exceptions nesting other exceptions in args.
a = ValueError("x")
b = ValueError("x")
print(a == b, a == a, a != b)
d = {a: 1, b: 2}
print(len(d), d[a], d[b])
d2 = {}
for exc in [KeyError, ValueError, KeyError, TypeError]:
    d2[exc] = d2.get(exc, 0) + 1
print(sorted([(k.__name__, v) for k, v in d2.items()]))
errors = {}
for item in ["1", "x", "2", "", "y"]:
    try:
        int(item)
    except ValueError as e:
        errors[type(e)] = errors.get(type(e), []) + [item]
print(list(errors.items()))
nested = ValueError(KeyError("k"), [TypeError("t"), 3], {"e": LookupError(1, "x")})
print(repr(nested))
print(str(nested))
print(repr(KeyError(KeyError("inner"))))
print(str(KeyError(KeyError("inner"))))
print(repr(Exception(Exception(Exception()))))
print(str(Exception(ValueError("a", "b"))))
print(repr(BaseException(())), str(BaseException(())))
print(repr(Exception(None)), repr(str(Exception(None))))
