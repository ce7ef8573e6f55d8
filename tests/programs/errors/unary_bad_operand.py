# Unary minus on an instance without __neg__.
class C:
    def __pos__(self):
        return "pos"


print(+C())
print(-C())
