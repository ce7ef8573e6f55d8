# Indexing an instance without __getitem__.
class C:
    def __len__(self):
        return 3


c = C()
print(len(c))
print(c[0])
