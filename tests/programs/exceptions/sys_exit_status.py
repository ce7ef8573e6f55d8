# sys.exit(1) after some output: exit status 1 and nothing on stderr.
import sys

def main():
    total = 0
    for n in [3, 4, 5]:
        total += n
        print("running total", total)
    if total > 10:
        print("too large, exiting")
        sys.exit(1)
    print("not reached")

try:
    main()
finally:
    print("finally runs on exit")
print("not reached either")
