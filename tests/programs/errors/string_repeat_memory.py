# Asking for an absurdly large string is a MemoryError, not a crash
s = "ab" * 3
print(s, len(s))
t = "ab" * (10 ** 13)
print("unreachable")
