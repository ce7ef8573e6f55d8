# +, *, comparisons on strings
a = "foo"
b = "bar"
print(a + b, b + a, a + "" + b)
print(a * 3, 3 * a, a * 0, 0 * a, a * -2, -1 * a)
print(repr(a * 0), repr("" * 100))
print("-" * 20)
print("ab" * 1, 2 * "é")
print(a == "foo", a != "foo", a == b, a != b)
print(a < b, a <= b, a > b, a >= b)
print("abc" < "abd", "abc" < "ab", "" < "a", "Z" < "a", "a" < "B")
print("apple" < "apple pie", "apple" > "Apple", "10" < "9")
print("é" > "z", "日" > "é", "😀" > "日")
print("abc" <= "abc", "abc" >= "abc", "abc" < "abc")
print(min("pear", "apple", "fig"), max("pear", "apple", "fig"))
print(min("hello"), max("hello"))
print(min(["b", "a", "c"]), max(["b", "a", "c"]))
s = ""
for i in range(5):
    s = s + str(i)
    print(s)
t = "x"
t = t * 3 + "y" * 2
print(t, len(t))
print(1 < 2 and "a" < "b")
