xs = [3, 1, 2]
def k(v):
    xs.append(v)
    return v
print(sorted(xs, key=k), len(xs))
d = {1: 1}
def f(n):
    return [f(n - 1) for _ in range(1)] if n else 0
print(f(50))
s = {1, 2, 3}
print(sorted(s | {x for x in s}), {**{1: 2}, **{1: 3}})
a, *b = range(100000)
print(a, len(b))
print([[x for x in range(i)] for i in range(4)])
import sys
def deep(n):
    return deep(n + 1)
ys = [5, 4]
ys.sort(key=lambda v: ys.clear() or v)
print(ys)
