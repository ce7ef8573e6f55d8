# random's sequences bit for bit: MT19937 seeded from ints (small, negative, big, zero) and
# floats, random(), getrandbits, randrange/randint, choice, shuffle, sample (both strategies),
# choices (plain, weighted, cumulative), uniform, gauss, normalvariate, expovariate; errors.
import random

for s in (0, 1, 42, -42, 2**32, 2**32 - 1, 2**64 + 12345, 10**30, True, 1.5, -2.25):
    random.seed(s)
    print(repr(s), [random.random() for _ in range(3)], random.getrandbits(8))

random.seed(12345)
print([random.getrandbits(k) for k in (1, 7, 31, 32, 33, 64, 65, 100)])
print([random.randrange(10) for _ in range(12)])
print([random.randrange(5, 105, 7) for _ in range(8)], [random.randrange(50, 0, -3) for _ in range(6)])
print([random.randint(-5, 5) for _ in range(12)], random.randint(0, 10**20))
print(random.randrange(2**70), random.randrange(-10, 10))
items = list(range(20))
random.shuffle(items)
print(items)
print([random.choice("abcdefg") for _ in range(10)], random.choice([1, 2, 3]))
print(random.sample(range(100), 10), random.sample(range(30), 10))
print(random.sample(list("abcdefghij"), 4), random.sample(range(10**6), 5))
print(random.choices("abc", k=6), random.choices(range(5), weights=[1, 0, 3, 0, 6], k=8))
print(random.choices("xyz", cum_weights=[1, 1.5, 10], k=5))
print([round(random.uniform(1, 3), 12) for _ in range(3)])
print([round(random.gauss(0, 1), 12) for _ in range(4)], round(random.gauss(), 12))
print([round(random.normalvariate(10, 2), 12) for _ in range(3)])
print([round(random.expovariate(0.5), 12) for _ in range(3)])

random.seed(7)
a = [random.random() for _ in range(1000)]
random.seed(7)
b = [random.random() for _ in range(1000)]
print(a == b, min(a) >= 0.0, max(a) < 1.0, round(sum(a), 9))

for call in (
    lambda: random.randrange(0),
    lambda: random.randrange(5, 5),
    lambda: random.randrange(0, 10, 0),
    lambda: random.randrange(10, 0, 2),
    lambda: random.choice([]),
    lambda: random.sample(range(3), 5),
    lambda: random.sample({1, 2}, 1),
    lambda: random.getrandbits(-1),
    lambda: random.choices("ab", weights=[1], k=2),
    lambda: random.choices("ab", weights=[0, 0]),
    lambda: random.randint(1.5, 3),
):
    try:
        call()
    except (ValueError, TypeError, IndexError) as err:
        print(type(err).__name__ + ":", err)
