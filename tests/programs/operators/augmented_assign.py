# augmented assignment for every binary operator and type
x = 10
x += 5
print(x)
x -= 3
print(x)
x *= 4
print(x)
x //= 5
print(x)
x %= 7
print(x)
x **= 10
print(x)
x <<= 3
print(x)
x >>= 2
print(x)
x &= 4095
print(x)
x |= 7
print(x)
x ^= 255
print(x)
x /= 4
print(x)
f = 1.5
f += 1
print(f)
f -= 0.25
print(f)
f *= 2
print(f)
f /= 3
print(f)
f //= 0.5
print(f)
f %= 1.25
print(f)
f **= 2
print(f)
s = "ab"
s += "cd"
print(s)
s *= 3
print(s)
b = 2 ** 62
b += 2 ** 62
print(b)
b *= b
print(b)
b -= b - 1
print(b)
lst = [1]
alias = lst
lst += [2, 3]
print(lst, alias, lst is alias)
lst *= 2
print(lst, alias)
t = (1,)
t2 = t
t += (2,)
print(t, t2, t is t2)
s2 = "x"
s3 = s2
s2 += "y"
print(s2, s3)
n = -7
n //= 2
print(n)
n %= 5
print(n)
