# __init__ must return None.
class C:
    def __init__(self):
        self.a = 1
        return 5


print("making")
C()
