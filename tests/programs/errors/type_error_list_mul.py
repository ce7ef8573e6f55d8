# TypeError: list * str
def repeat(seq, n):
    print("repeat", seq, n)
    return seq * n

def go():
    print(repeat([1], 3))
    print(repeat("ab", 2))
    return repeat([1], "x")

go()
