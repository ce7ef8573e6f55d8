# Positional-only, keyword-only, *args, **kwargs, defaults, and call-site unpacking
def pos_only(a, b, /, c, d=4):
    return (a, b, c, d)

print(pos_only(1, 2, 3), pos_only(1, 2, c=3), pos_only(1, 2, 3, d=5), pos_only(1, 2, d=0, c=9))

def kw_only(a, *, b, c=30):
    return (a, b, c)

print(kw_only(1, b=2), kw_only(a=1, b=2, c=3), kw_only(1, c=0, b=-1))

def star_then_kw(a, *rest, flag=False, **extra):
    return (a, rest, flag, extra)

print(star_then_kw(1))
print(star_then_kw(1, 2, 3))
print(star_then_kw(1, 2, flag=True, z=26, y=25))
print(star_then_kw(a=5, x=1))

def all_kinds(p, /, q, r=3, *args, s, t=20, **kw):
    return "p=%r q=%r r=%r args=%r s=%r t=%r kw=%r" % (p, q, r, args, s, t, kw)

print(all_kinds(1, 2, s=10))
print(all_kinds(1, q=2, s=10))
print(all_kinds(1, 2, 30, 40, 50, s=10, t=0, u=99, p=7))
print(all_kinds(*[1, 2, 3, 4], **{"s": 5, "v": 6}))

def kwargs_only(**kw):
    return kw

print(kwargs_only(), kwargs_only(b=2, a=1), kwargs_only(**{"x": 1}, y=2, **{"z": 3}))
print(kwargs_only(**{"not an identifier": 1, "1": 2}))

def args_only(*args):
    return args

print(args_only(), args_only(1), args_only(*range(4)), args_only(*"ab", *[1], 2))
print(args_only(*(1, 2), *{3: 0}, *{4}))

def f(a, b, c=3, d=4):
    return [a, b, c, d]

args = (10, 20)
kw = {"d": 40}
print(f(*args), f(*args, **kw), f(1, *[2, 3]), f(*[1], 2, *[3], d=5), f(**{"a": 1, "b": 2, "c": 3}))
print(f(1, *(), b=2, **{}), f(b=1, a=2), f(1, 2, *[3, 4]))
xs = [7, 8]
print(f(0, *xs, d=1), star_then_kw(0, *xs, flag=1, **{"k": 2}))
def defaults_seen(a=[], *, b={}):
    a.append(len(a))
    b[len(b)] = True
    return a, b
print(defaults_seen(), defaults_seen(), defaults_seen([9], b={}))
def order(a, b, c):
    return a, b, c
def val(x):
    print("eval", x)
    return x
print(order(val(1), c=val(3), b=val(2)))
print(order(*[val("s1")], **{"c": val("k")}, b=val("b")))
def kw_only_defaults(*, x=1, y=2, z):
    return x + y * 10 + z * 100
print(kw_only_defaults(z=3), kw_only_defaults(z=1, x=9), kw_only_defaults(y=0, z=0))
def both_stars(*a, **k):
    return len(a), sorted(k.items())
print(both_stars(1, 2, x=1, w=0))
