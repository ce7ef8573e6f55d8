# Checks recursive generators using yield from over trees, nested lists and permutations.
class Node:
    def __init__(self, value, left=None, right=None):
        self.value = value
        self.left = left
        self.right = right

def inorder(node):
    if node is None:
        return
    yield from inorder(node.left)
    yield node.value
    yield from inorder(node.right)

tree = Node(4, Node(2, Node(1), Node(3)), Node(6, Node(5), Node(7, None, Node(8))))
print(list(inorder(tree)))

def flatten(obj):
    if isinstance(obj, (list, tuple)):
        for item in obj:
            yield from flatten(item)
    else:
        yield obj

print(list(flatten([1, [2, [3, [4, (5, 6)]], []], 7, [[[[8]]]]])))

def perms(items):
    if len(items) <= 1:
        yield items
        return
    for i in range(len(items)):
        for rest in perms(items[:i] + items[i + 1:]):
            yield items[i:i + 1] + rest

print(list(perms("abc")))
print(sum(1 for _ in perms([1, 2, 3, 4])))

def count_nodes(node):
    # return value propagates through yield from
    if node is None:
        return 0
    left = yield from count_nodes(node.left)
    yield node.value
    right = yield from count_nodes(node.right)
    return left + right + 1

def run(gen):
    seen = []
    while True:
        try:
            seen.append(next(gen))
        except StopIteration as e:
            return seen, e.value

print(run(count_nodes(tree)))

# deep recursion of generators (depth 200)
def chain(n):
    if n == 0:
        yield "bottom"
    else:
        yield from chain(n - 1)
        if n % 50 == 0:
            yield n

print(list(chain(200)))

# closing the outermost generator closes the whole chain
def noisy(n):
    try:
        if n == 0:
            yield "leaf"
        else:
            yield from noisy(n - 1)
    finally:
        print("closing level", n)

c = noisy(3)
print(next(c))
c.close()
