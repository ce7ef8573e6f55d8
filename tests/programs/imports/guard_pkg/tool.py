print("guard_pkg.tool: __name__ =", __name__)
if __name__ == "__main__":
    print("guard_pkg.tool: main block (never printed here)")
RUN_AS = __name__
