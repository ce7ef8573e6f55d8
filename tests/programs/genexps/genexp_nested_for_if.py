# Checks generator expressions with several for and if clauses and their order of evaluation.
print(list((x, y) for x in range(3) for y in range(3) if x != y))
print(list(x * y for x in range(1, 4) if x > 1 for y in range(x) if y))
print(list(c for word in ["ab", "", "cde"] for c in word))
print(list(i for i in range(20) if i % 2 if i % 3))
matrix = [[1, 2, 3], [4, 5, 6], [7, 8, 9]]
print(list(row[i] for i in range(3) for row in matrix))
print(list(v for row in matrix for v in row if v % 2 == 0))
print(list((a, b, c) for a in range(1, 15) for b in range(a, 15) for c in range(b, 15) if a * a + b * b == c * c))
# later iterables may depend on earlier loop variables
print(list((i, j) for i in range(4) for j in range(i)))
# nested generator expressions
print(list(list(x for x in range(n)) for n in range(4)))
print(sum(sum(y for y in range(x)) for x in range(5)))
# conditional expressions inside
print(list("even" if n % 2 == 0 else "odd" for n in range(4)))
# tuple unpacking targets
pairs = [(1, "a"), (2, "b"), (3, "c")]
print(list(s * n for n, s in pairs))
print(list(a + b + c for (a, b), c in [((1, 2), 3), ((4, 5), 6)]))
print(list(first for first, *rest in ["xyz", "uv"]))
# walrus in the condition (binds in enclosing scope)
print(list(y for x in range(6) if (y := x * x) > 5))
print("y leaked from walrus:", y)
# empty iterables
print(list(x for x in []), list(x for x in range(3) if False))
print(list(x for x in range(3) for _ in []))
