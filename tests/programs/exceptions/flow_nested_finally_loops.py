# break/continue/return through nested with + try/except/finally in a loop, finally containing try.
class Log:
    def __init__(self, tag):
        self.tag = tag
    def __enter__(self):
        print("  enter", self.tag)
        return self
    def __exit__(self, et, ev, tb):
        print("  exit", self.tag, et.__name__ if et else None)
        return False

def f(mode):
    out = []
    for i in range(4):
        try:
            with Log(i):
                try:
                    if i == 1:
                        raise ValueError(i)
                    if mode == "break" and i == 2:
                        break
                    if mode == "ret" and i == 2:
                        return out + ["ret"]
                    out.append(i)
                except ValueError:
                    out.append("v")
                    continue
                finally:
                    out.append("f" + str(i))
        finally:
            out.append("F" + str(i))
            try:
                if i == 3:
                    raise KeyError(i)
            except KeyError:
                out.append("k")
    return out

for m in ["none", "break", "ret"]:
    print(m, f(m))
