# super() lookup that finds nothing.
class A:
    def f(self):
        return "A.f"


class B(A):
    def g(self):
        return super().g()


print(B().f())
B().g()
