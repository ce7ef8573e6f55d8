# class Stack(list): inherited methods, added methods, overridden dunders.
class Stack(list):
    def push(self, v):
        self.append(v)
        return self

    def peek(self):
        return self[-1]


s = Stack()
s.push(1).push(2).push(3)
print(s, len(s), s.peek(), s.pop(), s, type(s).__name__)
print(isinstance(s, list), isinstance(s, Stack), type(s) is list, s == [1, 2])
print(s + [9], type(s + [9]).__name__, s[::-1], type(s[:]).__name__)
s.extend([7, 8])
s.sort(reverse=True)
print(s, sorted(s), sum(s), 7 in s, list(s), Stack([4, 5]), Stack("ab"))
for x in Stack([10, 20]):
    print("item", x)


class Logged(list):
    def __init__(self, *args):
        super().__init__(*args)
        self.writes = 0

    def __setitem__(self, i, v):
        self.writes += 1
        super().__setitem__(i, v * 2)

    def __len__(self):
        return 100

    def __repr__(self):
        return "Logged(" + list.__repr__(self) + ")"


lg = Logged([1, 2, 3])
lg[0] = 5
print(lg, lg.writes, len(lg), list.__len__(lg), bool(Logged()))
print([lg], str(lg), lg.count(10))
lg.attr = "extra"
print(lg.attr, lg + lg)
