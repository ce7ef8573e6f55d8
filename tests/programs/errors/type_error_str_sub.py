# TypeError: str - str
def diff(a, b):
    print("diff of", a, "and", b)
    return a - b

def main():
    print(diff(10, 4))
    print(diff(2.5, 1))
    print(diff("a", "b"))

main()
print("not reached")
