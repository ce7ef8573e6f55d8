import os
path = f"/tmp/spindle_fileio_{os.getpid()}.txt"
try:
    open('/nonexist/x')
except OSError as e:
    print(type(e).__name__, e)
f = open(path, 'w')
print(f.write('a\nb'), f.name == path, f.mode, f.closed)
f.close()
print(f.closed)
with open(path) as f:
    print(repr(f.read()))
with open(path, 'a') as f:
    f.write('\nc\n')
    f.writelines(['d\n', 'e\n'])
with open(path) as f:
    print([line for line in f])
with open(path) as f:
    print(repr(f.readline()), f.readlines())
with open(path, encoding='utf-8') as f:
    for i, line in enumerate(f):
        print(i, line.rstrip())
try:
    open(path, 'q')
except ValueError as e:
    print(e)
try:
    open(path, 'x')
except FileExistsError as e:
    print(type(e).__name__, e.errno)
f = open(path)
f.close()
try:
    f.read()
except ValueError as e:
    print(e)
try:
    open('/tmp')
except IsADirectoryError as e:
    print(type(e).__name__, e)
with open(path, 'w') as out:
    for n in range(3):
        print(f"row {n}", n * n, file=out)
print(open(path).read().splitlines())
words = open(path).read().split()
print(len(words), words[:4])
os.remove(path)
print(os.path.exists(path))
try:
    os.remove(path)
except FileNotFoundError as e:
    print(type(e).__name__, e.errno)
