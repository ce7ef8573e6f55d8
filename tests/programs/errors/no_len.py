# len() of an instance without __len__.
class C:
    def __iter__(self):
        return iter([1, 2])


print(list(C()))
print(len(C()))
