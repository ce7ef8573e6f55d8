# A TypeError inside a set comprehension shows <setcomp>
print({len(s) for s in ["a", "bb", "cc"]})
print({len(s) for s in ["a", 7]})
