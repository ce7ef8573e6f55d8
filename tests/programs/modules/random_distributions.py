# random's other distributions (triangular, lognormvariate, vonmisesvariate, gammavariate,
# betavariate, paretovariate, weibullvariate): CPython's sequences for a seed.
import random
random.seed(2024)
print([round(random.triangular(0, 10, 3), 12) for _ in range(3)], random.triangular(), random.triangular(5, 5, 5))
print(random.lognormvariate(0, 1), random.vonmisesvariate(1.0, 4.0), random.vonmisesvariate(0, 0))
print(random.gammavariate(2.5, 1.5), random.gammavariate(1.0, 2.0), random.gammavariate(0.5, 1.0))
print(random.betavariate(2, 5), random.paretovariate(3), random.weibullvariate(1.5, 2.0))
print(sum(random.gammavariate(3.0, 2.0) for _ in range(1000)), sum(random.betavariate(0.5, 0.7) for _ in range(1000)))
try: random.gammavariate(0, 1)
except ValueError as e: print(e)
random.seed(4)
print(random.triangular(low=2, high=5), random.triangular(high=3, mode=1), random.triangular(mode=0.2), random.triangular(low=4, high=4, mode=4), random.normalvariate(1, 2), random.lognormvariate(0, 0.5))
