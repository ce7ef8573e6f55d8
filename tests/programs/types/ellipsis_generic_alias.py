def stub(): ...
print(stub(), ..., type(...), ... is Ellipsis, Ellipsis, bool(...), [1, ...], repr(...), str(...))
print(list[int], dict[str, list[int]], tuple[int, ...], list[int]([1, 2]), list[int] == list[int])
class G:
    def __class_getitem__(cls, item):
        return (cls.__name__, item)
print(G[int])
try: int[int]
except TypeError as e: print(e)
x: tuple[int, ...] = (1,)
print(__annotations__)
