# Tests the operator module: function forms of operators, itemgetter, attrgetter, methodcaller, in-place ops.
import operator
from operator import itemgetter, attrgetter, methodcaller

print(operator.add(2, 3), operator.sub(2, 3), operator.mul(4, 5), operator.truediv(7, 2))
print(operator.floordiv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 10))
print(operator.neg(5), operator.pos(-5), operator.abs(-3.5), operator.add("a", "b"))
print(operator.and_(12, 10), operator.or_(12, 10), operator.xor(12, 10), operator.invert(5))
print(operator.lshift(1, 4), operator.rshift(256, 3), operator.matmul.__name__)
print(operator.and_({1, 2}, {2, 3}) == {2}, operator.or_(True, False))
print(operator.not_(0), operator.not_([1]), operator.truth(""), operator.truth(3))
print(operator.lt(1, 2), operator.le(2, 2), operator.eq(1, 1.0), operator.ne("a", "a"))
print(operator.gt(3, 2), operator.ge(1, 2), operator.lt("abc", "abd"), operator.eq([1], [1]))
x = [1]
print(operator.is_(x, x), operator.is_(x, [1]), operator.is_not(x, [1]), operator.is_(None, None))
print(operator.contains([1, 2, 3], 2), operator.contains("hello", "ell"), operator.contains({}, 1))
print(operator.countOf([1, 2, 1, 1], 1), operator.countOf("banana", "a"), operator.countOf([], 0))
print(operator.indexOf([5, 6, 7], 7), operator.indexOf("xyz", "y"))
print(operator.concat([1], [2]), operator.concat("ab", "cd"), operator.concat((1,), (2,)))
print(operator.index(7), operator.index(True), operator.__add__(1, 1), operator.__lt__(1, 0))
print(operator.mul("ab", 3), operator.mod("%s-%d", ("a", 1)))

seq = [10, 20, 30]
print(operator.getitem(seq, 1), operator.getitem(seq, slice(0, 2)), operator.getitem({"k": 1}, "k"))
operator.setitem(seq, 0, 99)
operator.setitem(seq, slice(1, 2), [7, 8])
print(seq)
operator.delitem(seq, 0)
print(seq)
d = {"a": 1, "b": 2}
operator.setitem(d, "c", 3)
operator.delitem(d, "a")
print(d)

for fn, args in [(operator.truediv, (1, 0)), (operator.add, (1, "a")), (operator.indexOf, ([1], 2)),
                 (operator.index, (1.5,)), (operator.getitem, ([1], 5)), (operator.concat, (1, 2)),
                 (operator.getitem, ({}, "z")), (operator.countOf, (5, 1)), (operator.neg, ("s",))]:
    try:
        fn(*args)
    except (TypeError, ValueError, ZeroDivisionError, IndexError, KeyError) as e:
        print(fn.__name__, type(e).__name__, e)

g1 = itemgetter(1)
print(g1([1, 2, 3]), g1("xyz"), g1({1: "one"}), g1((4, 5)))
g3 = itemgetter(0, 2)
print(g3([1, 2, 3]), g3("abc"))
gk = itemgetter("name", "age")
print(gk({"name": "ann", "age": 30, "x": 0}))
print(itemgetter(slice(1, None))([1, 2, 3]), itemgetter(-1)([1, 2, 3]))
try:
    itemgetter(5)([1])
except IndexError as e:
    print(type(e).__name__, e)
try:
    itemgetter("z")({})
except KeyError as e:
    print(type(e).__name__, e)
try:
    itemgetter()
except TypeError as e:
    print(type(e).__name__, e)

pairs = [("b", 2), ("a", 3), ("c", 1), ("a", 1)]
print(sorted(pairs, key=itemgetter(1)))
print(sorted(pairs, key=itemgetter(0, 1)))
print(sorted(pairs, key=itemgetter(0), reverse=True))
print(max(pairs, key=itemgetter(1)), min(pairs, key=itemgetter(0)))
print(list(map(itemgetter(0), pairs)))
people = [{"n": "x", "a": 5}, {"n": "y", "a": 2}]
print([p["n"] for p in sorted(people, key=itemgetter("a"))])

class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
        self.meta = Meta(x + y)
class Meta:
    def __init__(self, score):
        self.score = score
pts = [Point(3, 1), Point(1, 1), Point(2, 5)]
print([p.x for p in sorted(pts, key=attrgetter("x"))])
print([(p.x, p.y) for p in sorted(pts, key=attrgetter("y", "x"))])
print(attrgetter("meta.score")(pts[2]), attrgetter("x", "meta.score")(pts[0]))
print(attrgetter("real", "imag")(7), attrgetter("__class__.__name__")(1.5))
try:
    attrgetter("z")(pts[0])
except AttributeError as e:
    print(type(e).__name__, e)
try:
    attrgetter(1)
except TypeError as e:
    print(type(e).__name__, e)

up = methodcaller("upper")
print(up("abc"), methodcaller("split", ",")("a,b,c"), methodcaller("split", ",", 1)("a,b,c"))
print(methodcaller("replace", "a", "o", 1)("banana"))
print(methodcaller("get", "k", "default")({}), methodcaller("count", 1)([1, 1, 2]))
print(methodcaller("split", sep=",", maxsplit=1)("a,b,c"), methodcaller("format", 3, y=4)("{}-{y}"))
print(sorted(["Bb", "aA", "cc"], key=methodcaller("lower")))
print(sorted(["a b c", "a", "a b"], key=methodcaller("count", " ")))
try:
    methodcaller("nope")(1)
except AttributeError as e:
    print(type(e).__name__, e)
try:
    methodcaller(5)
except TypeError as e:
    print(type(e).__name__, e)

a = [1, 2]
b = operator.iadd(a, [3])
print(a, b is a)
t = (1,)
t2 = operator.iadd(t, (2,))
print(t, t2)
print(operator.isub(10, 3), operator.imul(3, 4), operator.itruediv(9, 2), operator.ifloordiv(9, 2))
print(operator.imod(9, 4), operator.ipow(3, 3), operator.iand(6, 3), operator.ior(6, 3), operator.ixor(6, 3))
print(operator.ilshift(1, 3), operator.irshift(16, 2), operator.iconcat([0], [1]))
s = {1}
print(operator.ior(s, {2}) is s, sorted(s))
lst = ["x"]
print(operator.imul(lst, 3), lst)
print(sum(map(operator.mul, [1, 2, 3], [4, 5, 6])))
from functools import reduce
print(reduce(operator.or_, [1, 2, 4, 8]), reduce(operator.concat, [[1], [2], [3]]))
