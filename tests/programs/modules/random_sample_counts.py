# random.sample with counts=, of ranges (sampled by index), and its errors.
import random
random.seed(7)
print(random.sample(['red', 'blue'], counts=[4, 2], k=5))
print(random.sample(range(100), 10), random.sample('abcdefghij', 4))
print(random.sample(['a', 'b', 'c'], k=20, counts=[10, 5, 5]))
print(random.sample(range(10**6), 3))
for bad in [lambda: random.sample([1, 2], k=1, counts=[1]), lambda: random.sample([1], k=1, counts=[0]), lambda: random.sample([1], k=1, counts=[1.5])]:
    try: bad()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
import random; random.seed(3); print(random.sample(range(10**12), 4), random.sample(range(5, 50, 3), 5))
