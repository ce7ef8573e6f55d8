# Set kernel: a sieve that removes composites from a set, BFS over an
# LCG-generated graph with a visited set, and set algebra (| & - ^ and the
# in-place forms, subset tests, frozensets as dict keys) in a loop.


def set_sieve(n):
    candidates = set(range(2, n + 1))
    p = 2
    while p * p <= n:
        if p in candidates:
            for m in range(p * p, n + 1, p):
                candidates.discard(m)
        p += 1
    return candidates


def make_graph(n, degree, seed):
    adj = []
    x = seed
    for v in range(n):
        nbrs = set()
        for k in range(degree):
            x = (x * 1103515245 + 12345) % 2147483648
            nbrs.add((x >> 8) % n)
        nbrs.discard(v)
        adj.append(nbrs)
    return adj


def bfs(adj, start):
    visited = {start}
    frontier = [start]
    depth = 0
    levels = []
    while frontier:
        levels.append(len(frontier))
        nxt = []
        for v in frontier:
            for w in adj[v]:
                if w not in visited:
                    visited.add(w)
                    nxt.append(w)
        frontier = nxt
        depth += 1
    return len(visited), depth, levels


def algebra(rounds):
    a = set(range(0, 300, 3))
    b = set(range(0, 300, 5))
    acc = 0
    seen = {}
    for r in range(rounds):
        c = {(r * 7 + k * 11) % 300 for k in range(40)}
        u = a | b | c
        i = (a & c) | (b & c)
        d = u - i
        s = a ^ c
        acc = (acc * 31 + len(u) * 7 + len(i) * 5 + len(d) * 3 + len(s)) % 1000000007
        if i <= u and not (c < i):
            acc += 1
        if c.isdisjoint(a):
            acc += 2
        a ^= {r % 300, (r * 13) % 300}
        b -= {r % 300}
        b |= {(r * 17) % 300}
        key = frozenset(i)
        seen[key] = seen.get(key, 0) + 1
    return acc, len(seen), len(a), len(b)


primes = set_sieve(1000000)
ps = 0
for p in sorted(primes):
    ps = (ps * 31 + p) % 1000000007
print("primes", len(primes), max(primes), 999983 in primes)

adj = make_graph(200000, 4, 77)
vis, depth, levels = bfs(adj, 0)
lv = 0
for n in levels:
    lv = (lv * 131 + n) % 1000000007
print("bfs", vis, depth, levels[:6])

al = algebra(20000)
print("algebra", al)
print("checksum", (ps + lv * 3 + vis * 7 + al[0] * 11 + al[1]) % 1000000007)
