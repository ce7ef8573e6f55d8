# __bool__ and __len__ drive truth testing; __len__ drives len().
class B:
    def __init__(self, v):
        self.v = v

    def __bool__(self):
        print("bool called")
        return self.v


class L:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


class Both:
    def __bool__(self):
        return True

    def __len__(self):
        return 0


class Neither:
    pass


print(bool(B(True)), bool(B(False)))
if B(False):
    print("no")
else:
    print("else branch")
print(not B(True))
print(len(L(3)), bool(L(0)), bool(L(2)), bool(Both()), len(Both()), bool(Neither()))
print([x for x in [L(0), L(1), L(0), L(5)] if x].__len__())
n = 0
w = L(3)
while w:
    w.n -= 1
    n += 1
print(n)
print(L(0) or "fallback", (L(4) and "second"), B(False) or 1)
print(any([L(0), L(0)]), all([L(1), L(2)]))
