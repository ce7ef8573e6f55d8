# __getitem__/__setitem__/__delitem__ with ints, keys and slices; __contains__; __len__.
class Grid:
    def __init__(self, w, h):
        self.w = w
        self.cells = [0] * (w * h)
        self.log = []

    def __getitem__(self, key):
        if isinstance(key, tuple):
            x, y = key
            return self.cells[y * self.w + x]
        if isinstance(key, slice):
            self.log.append("slice %r %r %r" % (key.start, key.stop, key.step))
            return self.cells[key]
        return self.cells[key]

    def __setitem__(self, key, value):
        x, y = key
        self.cells[y * self.w + x] = value

    def __delitem__(self, key):
        self.log.append("del %r" % (key,))

    def __len__(self):
        return len(self.cells)

    def __contains__(self, v):
        self.log.append("contains %r" % v)
        return v in self.cells


g = Grid(3, 2)
g[1, 0] = 5
g[2, 1] = 7
g[0, 1] += 3
print(g[1, 0], g[2, 1], g[0, 1], g.cells, len(g))
print(g[1:4], g[::2], g[-1], g[:])
del g[0]
del g[1:2]
del g["k"]
print(7 in g, 8 in g, 8 not in g)
print(g.log)


class Sparse:
    def __init__(self):
        self.d = {}

    def __getitem__(self, k):
        return self.d.get(k, 0)

    def __setitem__(self, k, v):
        if v == 0:
            self.d.pop(k, None)
        else:
            self.d[k] = v


s = Sparse()
s["a"] = 3
s["b"] = 0
s[(1, 2)] = "t"
s["a"] += 1
print(s["a"], s["b"], s[1, 2], s.d)
xs = [Sparse(), Sparse()]
xs[0]["k"] = 1
print(xs[0]["k"], xs[1]["k"])
