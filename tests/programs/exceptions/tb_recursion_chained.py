# Mutual recursion hitting the limit, then a new exception raised while handling the RecursionError.
import sys
sys.setrecursionlimit(80)

def a(n):
    return b(n + 1)

def b(n):
    return a(n + 1)

def run():
    try:
        a(0)
    except RecursionError:
        print("recovered once")
        raise ValueError("after recursion")

run()
