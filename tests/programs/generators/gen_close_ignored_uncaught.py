# Checks the traceback of an uncaught "generator ignored GeneratorExit" RuntimeError from close().
def stubborn():
    refused = False
    while True:
        try:
            yield "tick"
        except GeneratorExit:
            if refused:
                raise
            refused = True
            print("refusing to close once")

def run():
    g = stubborn()
    print(next(g))
    print(next(g))
    g.close()

run()
print("unreachable")
