# Bases whose orders cannot be merged by C3.
class A:
    pass


class B(A):
    pass


print([c.__name__ for c in B.__mro__])


class D(A, B):
    pass
