# Vector kernel: a small ray tracer over spheres with a Vec class using
# operator overloading (__add__, __sub__, __mul__, __neg__) and dot/length/
# normalized methods. Only shading buckets (ints) and rounded values are printed.
import math


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __rmul__(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def __neg__(self):
        return Vec(-self.x, -self.y, -self.z)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def length(self):
        return math.sqrt(self.dot(self))

    def normalized(self):
        return self * (1.0 / self.length())


class Ray:
    def __init__(self, origin, direction):
        self.origin = origin
        self.direction = direction

    def at(self, t):
        return self.origin + self.direction * t


class Sphere:
    def __init__(self, center, radius, shade):
        self.center = center
        self.radius = radius
        self.shade = shade

    def hit(self, ray):
        oc = ray.origin - self.center
        b = oc.dot(ray.direction)
        c = oc.dot(oc) - self.radius * self.radius
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        root = math.sqrt(disc)
        t = -b - root
        if t > 0.001:
            return t
        t = -b + root
        if t > 0.001:
            return t
        return -1.0


class Scene:
    def __init__(self):
        self.spheres = [
            Sphere(Vec(0.0, -100.5, -1.0), 100.0, 1),
            Sphere(Vec(0.0, 0.0, -1.2), 0.5, 2),
            Sphere(Vec(-1.0, 0.0, -1.0), 0.45, 3),
            Sphere(Vec(1.0, 0.1, -1.1), 0.4, 4),
            Sphere(Vec(0.3, -0.35, -0.6), 0.15, 5),
        ]
        self.light = Vec(-0.6, 1.0, 0.4).normalized()

    def closest(self, ray):
        best_t = 1e30
        best = None
        for s in self.spheres:
            t = s.hit(ray)
            if t > 0.0 and t < best_t:
                best_t = t
                best = s
        return best, best_t

    def trace(self, ray, depth):
        s, t = self.closest(ray)
        if s is None:
            return 0
        p = ray.at(t)
        n = (p - s.center).normalized()
        lam = n.dot(self.light)
        level = 0
        if lam > 0.0:
            shadow, st = self.closest(Ray(p, self.light))
            if shadow is None:
                level = int(lam * 8.0)
        if depth > 0 and s.shade % 2 == 0:
            d = ray.direction
            refl = d - n * (2.0 * d.dot(n))
            level += self.trace(Ray(p, refl), depth - 1) // 2
        return s.shade * 16 + level


def render(scene, w, h):
    origin = Vec(0.0, 0.0, 0.5)
    counts = {}
    chk = 0
    for j in range(h):
        for i in range(w):
            u = (i + 0.5) / w * 2.0 - 1.0
            v = (j + 0.5) / h * 2.0 - 1.0
            d = Vec(u * 1.5, v, -1.0).normalized()
            val = scene.trace(Ray(origin, d), 2)
            counts[val >> 4] = counts.get(val >> 4, 0) + 1
            chk = (chk * 31 + val) % 1000000007
    return chk, counts


def vector_loop(n):
    acc = Vec(0.0, 0.0, 0.0)
    a = Vec(1.0, 2.0, 3.0)
    b = Vec(0.5, -0.75, 0.125)
    hits = 0
    for i in range(n):
        k = (i % 7) * 0.5
        c = a * k + b - (-a) * 0.25
        acc = acc + c * 0.001
        if c.dot(b) > 0.0:
            hits += 1
    return hits, round(acc.x, 6), round(acc.y, 6), round(acc.z, 6)


scene = Scene()
chk, counts = render(scene, 480, 360)
print("render", chk, sorted(counts.items()))
vl = vector_loop(300000)
print("loop", vl)
print("checksum", (chk + vl[0] * 7) % 1000000007)
