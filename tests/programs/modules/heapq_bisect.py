import heapq, bisect, random
from heapq import heappush, heappop
random.seed(5)
h = []
for i in range(50):
    heappush(h, random.randint(0, 100))
print(h)
print([heappop(h) for _ in range(10)])
data = [random.random() for _ in range(3000)]
heapq.heapify(data)
print(data[:5], data[2999])
print(heapq.heappushpop(h, -1), heapq.heapreplace(h, 1000), h[:5])
print(heapq.nlargest(3, [5, 1, 8, 3, 8]), heapq.nsmallest(2, ['b', 'a', 'c'], key=str.upper))
print(list(heapq.merge([1, 4, 7], [2, 5, 8], [3, 6, 9])))
print(list(heapq.merge([7, 4, 1], [8, 5, 2], reverse=True)))
print(list(heapq.merge(['a', 'BB', 'ccc'], ['dd', 'E'], key=len)))
pq = []
for p, name in [(3, 'c'), (1, 'a'), (2, 'b'), (1, 'z')]:
    heappush(pq, (p, name))
while pq: print(heappop(pq))
a = [1, 2, 4, 4, 7]
print(bisect.bisect(a, 4), bisect.bisect_left(a, 4), bisect.bisect_right(a, 4, 0, 3), bisect.bisect_left(a, 0, lo=1))
bisect.insort(a, 3); bisect.insort_left(a, 4); print(a)
recs = [('a', 1), ('b', 3), ('c', 5)]
print(bisect.bisect_left(recs, 3, key=lambda r: r[1]))
bisect.insort(recs, ('x', 4), key=lambda r: r[1]); print(recs)
for f in [lambda: heapq.heappush([]), lambda: heapq.heappop(), lambda: heapq.heappop([]), lambda: heapq.heappush((), 1), lambda: heapq.heapify(1), lambda: heapq.heapreplace([],1),
          lambda: bisect.bisect([1], 1, -1), lambda: bisect.bisect(), lambda: bisect.bisect(3, 1), lambda: bisect.insort((1,), 1), lambda: heapq.heappush([1], 'a'), lambda: bisect.bisect([1,2], 1, 0, 10)]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
print(heapq.__all__)
