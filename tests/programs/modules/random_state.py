import random
random.seed("hello world")
print(random.random(), random.randint(1, 100), random.choice("abcdef"))
random.seed("")
print(random.random())
random.seed("ünïcode ✓")
print([random.randrange(1000) for _ in range(5)])
s = random.getstate()
print(type(s).__name__, len(s), s[0], len(s[1]), s[2])
a = [random.random() for _ in range(3)]
random.setstate(s)
b = [random.random() for _ in range(3)]
print(a == b)
random.gauss(0, 1)
s2 = random.getstate()
g1 = random.gauss(0, 1)
random.setstate(s2)
print(g1 == random.gauss(0, 1), s2[2] is not None)
for bad in [(2, (), None), (3, (1, 2), None), "x"]:
    try: random.setstate(bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
