from collections import deque
d = deque([1,2,3], maxlen=5)
print(d, repr(deque()), deque('ab', 0))
for f in [lambda: deque([]).pop(), lambda: deque([]).popleft(), lambda: deque([1])[5], lambda: deque([1]).remove(3), lambda: deque([1]).index(3), lambda: deque([1],1).insert(0,1), lambda: hash(deque()), lambda: deque(1), lambda: deque([], -1), lambda: deque([], 'a'), lambda: deque([1])['a'], lambda: deque([1]) < [1], lambda: d.maxlen.x, lambda: d.nope]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
d2 = deque([1]); d2.append(d2); print(d2)
print(type(d), deque.__module__, deque.__name__, isinstance(d, deque), d == deque([1,2,3]), d == [1,2,3], deque([1]) < deque([2]), d.copy(), 2 in d, list(reversed(d)), bool(deque()), bool(d), len(d))
d.rotate(1); print(d); d.extendleft('xy'); print(d); d.rotate(-2); print(d)
d[0] = 'first'; del d[1]; print(d, d[-1], d.count(3), d.index(2))
e = deque(range(10), maxlen=3); print(e, list(e), [x*2 for x in e], sorted(e), sum(deque([1,2,3])))
import copy
print(copy.copy(e), copy.deepcopy(deque([[1],[2]])))
q = deque()
for i in range(5): q.append(i); q.appendleft(-i)
while q: print(q.popleft(), q.pop() if q else None, end=' ')
print()
