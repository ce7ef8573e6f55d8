# tuple unpacking, swaps, nested unpacking, chained assignment
a = 1
b = 2
a, b = b, a
print(a, b)
a, b, c = [1, 2, 3]
print(a, b, c)
(a, b), c = (1, 2), 3
print(a, b, c)
x, (y, z) = "p", ["q", "r"]
print(x, y, z)
a = b = 5
print(a, b)
a = a + 1
print(a, b)
p = q = r = "same"
print(p, q, r)
l1 = l2 = []
l1.append(1)
print(l1, l2)
first, second = "hi"
print(first, second)
t = 10, 20, 30
print(t)
u, v, w = t
print(u + v + w)
m, n = n2, m2 = 7, 8
print(m, n, n2, m2)
fib_a, fib_b = 0, 1
for i in range(10):
    fib_a, fib_b = fib_b, fib_a + fib_b
    print(i, fib_a)
[s1, s2] = [1.5, 2.5]
print(s1, s2)
(k,) = [42]
print(k)
i, j = 0, 1
i, j = j, i + j
print(i, j)
lst = [0, 0, 0]
lst[0], lst[2] = 7, 9
print(lst)
lst[1], lst[0] = lst[0], lst[1]
print(lst)
