# __str__ must return a str.
class C:
    def __str__(self):
        return 42


print("about to print")
print(C())
