# __dict__ and vars() on instances and classes; mutation through __dict__.
class P:
    z = 0

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def norm1(self):
        return abs(self.x) + abs(self.y)


p = P(3, -4)
print(p.__dict__, vars(p))
p.__dict__["w"] = 7
print(p.w, sorted(vars(p)))
vars(p)["x"] = 30
print(p.x, p.norm1())
del p.y
print(p.__dict__)
p.y = 1
print(list(p.__dict__.keys()))
print("norm1" in P.__dict__, "z" in P.__dict__, "x" in P.__dict__)
print(P.__dict__["z"], vars(P)["z"], "__init__" in vars(P))
print(type(P.__dict__["norm1"]).__name__)
print(P.__dict__["norm1"](p))
q = P(1, 2)
print(vars(q), q.__dict__ is vars(q))
q.__dict__.clear()
print(vars(q), hasattr(q, "x"))
print(sorted(vars(P(0, 0))))
