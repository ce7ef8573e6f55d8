# Slicing lists, tuples, strs and ranges: bounds, omitted parts, steps
a = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9]
print(a[2:5], a[:3], a[7:], a[:], a[-3:], a[:-3], a[-5:-2])
print(a[::2], a[1::2], a[::3], a[2:8:2], a[::-1], a[::-2], a[8:2:-2])
print(a[5:2], a[-1:0:-1], a[-100:100], a[100:], a[:-100], a[3:3])
print(a[-1::-3], a[:5:-1], a[5::-1], a[10 ** 20:], a[-(10 ** 20):2], a[::10 ** 20])
print(a[::-(10 ** 20)], a[1:-1:4], a[9:-11:-4], a[0:0:-1])
b = a[:]
b[0] = 99
print(a[0], b[0], b is a, b == [99] + a[1:])
t = (10, 20, 30, 40, 50)
print(t[1:3], t[::-1], t[:1], t[4:], t[5:], t[-2:], t[::2], t[1:4:2])
print(isinstance(t[1:2], tuple), t[:0], t[0:1])
s = "hello, world"
print(s[:5], s[7:], s[::-1], s[::2], s[-5:], s[3:-3], s[100:], repr(s[5:5]))
u = "héllo wörld ñ 日本語"
print(u[1:4], u[::-1], u[-3:], u[6:11], u[::3], len(u[2:]))
print("abc"[::-1], "a"[1:], ""[:], "xyz"[-1:-4:-1])
r = range(10)
print(r[2:5], r[::2], r[::-1], r[-3:], r[5:2], r[1:8:3])
print(list(r[::-2]), list(r[3:]), len(r[::3]))
r2 = range(5, 50, 5)
print(r2[2:], r2[::-1], r2[1:-1:2], r2[-2:], r2[:100])
print(range(0, -10, -2)[1:3], range(0, -10, -2)[::-1], range(3)[10:20])
print(list(range(100)[::17]), range(2 ** 70)[2 ** 69:])
nested = [[1, 2], [3, 4], [5, 6]]
print(nested[1:], nested[::-1][0][::-1], nested[0][:1])
i = 2
j = 6
print(a[i:j], a[i + 1:j * 2], a[-i:], a[:j - i], a[i:j:i])
print(a[True:3], a[False:], "abcdef"[True::2])
print(a[None:4], a[2:None], a[None:None:-1])
