class P:
    @property
    def __len__(self):
        print("len prop")
        return lambda: 3
    @property
    def __getitem__(self):
        return lambda i: i * 2
    @property
    def __add__(self):
        return lambda o: ("added", o)
p = P()
print(len(p), p[5], p + 1)
