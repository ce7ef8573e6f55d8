# Defining __eq__ without __hash__ makes instances unhashable.
class C:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return self.v == other.v


print(C(1) == C(1), C.__hash__)
s = {C(1)}
