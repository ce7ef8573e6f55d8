import __main__
print("guard_mod: __name__ =", __name__)
print("guard_mod: sees __main__.MARK =", __main__.MARK)


def describe():
    return "describe() in " + __name__


if __name__ == "__main__":
    print("guard_mod: running as main (never printed here)")
else:
    print("guard_mod: imported, not main")
