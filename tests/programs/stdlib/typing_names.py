import typing
from typing import *
T = TypeVar('T')
print(repr(T), List[int], Dict[str, int], Optional[int], Union[int, str], Callable[[int], str], Tuple[int, ...], Any, List, Optional[List[int]], Union[int], Union[int, None], Literal['a', 1], ClassVar[int], Iterable[T], Type[int], Set[int], FrozenSet[str])
class S(Generic[T]):
    def __init__(self):
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
print(S[int], S.__mro__)
s = S(); s.push(1); print(s.items)
print(cast(int, 'x'), NewType('UserId', int)(5))
def f(x: Optional[int] = None) -> Dict[str, List[int]]:
    return {'a': [x]}
print(f(3))
class P(Protocol):
    def meth(self) -> int: ...
Point = NamedTuple('Point', [('x', int), ('y', int)])
print(Point(1, 2), get_type_hints(S))
Movie = TypedDict('Movie', {'name': str, 'year': int})
m = Movie(name='x', year=1)
print(m)
class Movie2(TypedDict):
    name: str
print(Movie2(name='y'), TYPE_CHECKING, get_origin(List[int]), get_args(Dict[str, int]))
