# Generator pipelines: chained generators (source -> filter -> map -> window), a generator
# driven with send() as a running-average coroutine, and `yield from` over a recursive tree
# (in-order walk, depth-first paths). Checksum printed.


def numbers(n, seed):
    x = seed
    for _ in range(n):
        x = (x * 1103515245 + 12345) % 2147483648
        yield x % 10007


def evens(source):
    for v in source:
        if v % 2 == 0:
            yield v


def scaled(source, k):
    for v in source:
        yield v * k + 1


def windows(source, size):
    window = []
    for v in source:
        window.append(v)
        if len(window) == size:
            yield window[0] + window[-1]
            window.pop(0)


def pipeline(n):
    total = 0
    count = 0
    for v in windows(scaled(evens(numbers(n, 7)), 3), 4):
        total = (total + v) % 1000000007
        count += 1
    return total, count


def averager():
    total = 0
    count = 0
    average = None
    while True:
        value = yield average
        total += value
        count += 1
        average = total // count


def averages(n):
    avg = averager()
    next(avg)
    last = 0
    for v in numbers(n, 11):
        last = avg.send(v)
    return last


class Node:
    def __init__(self, key, left, right):
        self.key = key
        self.left = left
        self.right = right


def build(lo, hi):
    if lo > hi:
        return None
    mid = (lo + hi) // 2
    return Node(mid, build(lo, mid - 1), build(mid + 1, hi))


def inorder(node):
    if node is not None:
        yield from inorder(node.left)
        yield node.key
        yield from inorder(node.right)


def leaf_depths(node, depth):
    if node.left is None and node.right is None:
        yield depth
        return
    if node.left is not None:
        yield from leaf_depths(node.left, depth + 1)
    if node.right is not None:
        yield from leaf_depths(node.right, depth + 1)


def trees(rounds):
    root = build(1, 2047)
    acc = 0
    for r in range(rounds):
        for key in inorder(root):
            acc = (acc + key * (r + 1)) % 1000000007
        for d in leaf_depths(root, 0):
            acc += d
    return acc


p = pipeline(2500000)
a = averages(1200000)
t = trees(200)
print("pipeline", p)
print("average", a)
print("trees", t)
print("checksum", (p[0] * 31 + p[1] + a * 7 + t) % 1000000007)
