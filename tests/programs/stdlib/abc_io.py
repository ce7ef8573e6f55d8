from abc import ABC, abstractmethod
class S(ABC):
    @abstractmethod
    def area(self): ...
    @abstractmethod
    def per(self): ...
    def describe(self):
        return f"{type(self).__name__} area={self.area()}"
class T(S):
    def area(self): return 1
try: S()
except TypeError as e: print(e)
try: T()
except TypeError as e: print(e)
class U(T):
    def per(self): return 2
    def __init__(self, k=1):
        self.k = k
print(U().area(), U(5).per(), U(3).k, isinstance(U(), S), U().describe())
import io
s = io.StringIO(); s.write('hi\n'); print(s.getvalue(), file=s); print(repr(s.getvalue()))
r = io.StringIO('a\nb\nc'); print(r.readline(), r.read(), r.readlines()); print(list(io.StringIO('x\ny')))
buf = io.StringIO()
for i in range(3):
    print(f"line {i}", file=buf)
print(buf.getvalue().splitlines(), buf.tell())
with io.StringIO("q") as f:
    print(f.read())
print(f.closed)
try: f.read()
except ValueError as e: print(e)
