# __bool__ must return a bool.
class C:
    def __bool__(self):
        return 1


print("checking")
if C():
    print("yes")
