# Binary arithmetic dunders, reflected operands, in-place operators and unary ops.
class V:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "V(%r, %r)" % (self.x, self.y)

    def __add__(self, o):
        if isinstance(o, V):
            return V(self.x + o.x, self.y + o.y)
        if isinstance(o, int):
            return V(self.x + o, self.y + o)
        return NotImplemented

    def __radd__(self, o):
        return V(o * 100 + self.x, self.y)

    def __sub__(self, o):
        return V(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return V(self.x * k, self.y * k)

    def __rmul__(self, k):
        return V(k * self.x, k * self.y + 1)

    def __truediv__(self, k):
        return V(self.x / k, self.y / k)

    def __floordiv__(self, k):
        return V(self.x // k, self.y // k)

    def __mod__(self, k):
        return V(self.x % k, self.y % k)

    def __pow__(self, k):
        return V(self.x ** k, self.y ** k)

    def __matmul__(self, o):
        return self.x * o.x + self.y * o.y

    def __and__(self, o):
        return "and"

    def __or__(self, o):
        return "or"

    def __xor__(self, o):
        return "xor"

    def __lshift__(self, n):
        return V(self.x << n, self.y << n)

    def __rshift__(self, n):
        return V(self.x >> n, self.y >> n)

    def __neg__(self):
        return V(-self.x, -self.y)

    def __pos__(self):
        return V(+self.x, abs(self.y))

    def __abs__(self):
        return abs(self.x) + abs(self.y)

    def __invert__(self):
        return V(~self.x, ~self.y)


a = V(1, 2)
b = V(10, 20)
print(a + b, a + 5, 5 + a, b - a, a * 3, 3 * a)
print(b / 4, b // 3, b % 3, a ** 3, a @ b)
print(a & b, a | b, a ^ b, a << 2, b >> 1)
print(-a, +V(3, -4), abs(V(-3, 4)), ~a)
print(sum([a, b], V(0, 0)), sum([V(1, 1)]))
c = a
c += b
print(c, a, c is a)
c -= V(1, 1)
c *= 2
print(c)


class Acc:
    def __init__(self):
        self.items = []

    def __iadd__(self, v):
        self.items.append(v)
        return self

    def __add__(self, v):
        return "plain add"


acc = Acc()
alias = acc
acc += 1
acc += 2
print(acc.items, alias is acc, acc + 3)
