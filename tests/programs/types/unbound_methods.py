# Methods reached through the type and called with the instance explicitly.
xs = []
list.append(xs, 1)
list.append(xs, 2)
list.extend(xs, [3, 4])
print(xs, list.__len__(xs), list.index(xs, 3), list.pop(xs))
print(str.upper("abc"), str.lower("ABC"), str.join("-", ["a", "b"]), str.split("a b c"))
words = ["one", "two", "three"]
print(list(map(str.upper, words)), list(map(str.capitalize, words)))
print(sorted(words, key=str.lower), sorted(["b", "A", "c"], key=str.lower))
print(list(map(len, words)), list(map(int, ["1", "2"])), list(map(str, [1, 2])))
print(dict.fromkeys(["a", "b"]), dict.fromkeys("xy", 0), dict.fromkeys(range(3), []))
d = {"a": 1}
print(dict.get(d, "a"), dict.get(d, "z", 9), sorted(dict.keys(d)), dict.__contains__(d, "a"))
print(int.__add__(2, 3), int.__mul__(4, 5), float.__add__(1.5, 1.0), str.__add__("a", "b"))
print(int.bit_length(255), str.startswith("hello", "he"), tuple.count((1, 1, 2), 1))
print(set.union({1}, {2}) == {1, 2}, sorted(set.intersection({1, 2, 3}, {2, 3, 4})))
up = str.upper
print(up("q"), repr(str.upper).startswith("<method 'upper' of 'str' objects"))
print(type(str.upper).__name__, type("a".upper).__name__)
print(list(filter(str.isdigit, ["1", "a", "22", "b3"])))
print(list(map(list.__len__, [[1], [1, 2], []])))
m = "abc".replace
print(m("b", "X"), "x".__class__.__name__)
