# A KeyError inside a dict comprehension at module level shows <dictcomp>
table = {"a": 1, "b": 2}
print({k: table[k] * 10 for k in "ab"})
print({k: table[k] for k in "abc"})
