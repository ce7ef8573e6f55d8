# class Counter(dict) with __missing__, extra methods and overridden __setitem__.
class Counter(dict):
    def __missing__(self, key):
        return 0

    def add(self, items):
        for it in items:
            self[it] += 1
        return self

    def most(self):
        best = None
        for k in sorted(self):
            if best is None or self[k] > self[best]:
                best = k
        return best


c = Counter().add("abracadabra")
print(c, c["a"], c["z"], len(c), c.most(), type(c).__name__)
print(isinstance(c, dict), c.get("z"), sorted(c.keys()), c == {"a": 5, "b": 2, "r": 2, "c": 1, "d": 1})
print(dict(c) == c, type(dict(c)).__name__, type(c.copy()).__name__)


class Upper(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k.upper(), v)

    def __getitem__(self, k):
        return super().__getitem__(k.upper())

    def __contains__(self, k):
        return dict.__contains__(self, k.upper())


u = Upper()
u["ab"] = 1
u["Cd"] = 2
print(u, u["AB"], u["cd"], "ab" in u, "zz" in u, list(u.items()))
print(Upper(x=1), Counter({"q": 3}), Counter(k=1)["k"])
