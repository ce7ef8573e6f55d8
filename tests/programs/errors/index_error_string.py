# IndexError: string index out of range (negative)
def char_at(s, i):
    print("char_at", repr(s), i)
    return s[i]

def last_chars(s, n):
    out = ""
    k = 1
    while k <= n:
        out = out + char_at(s, -k)
        k = k + 1
    return out

print(last_chars("hello", 3))
print(last_chars("héllo", 6))
