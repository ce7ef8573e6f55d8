# A method looked up on a subclass that is only defined on a sibling.
class Base:
    pass


class Left(Base):
    def only_left(self):
        return "left"


class Right(Base):
    pass


print(Left().only_left())
print(Right().only_left())
