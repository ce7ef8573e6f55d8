# Uncaught exceptions print str(exc); an empty __str__ prints only the class name.
class Silent(Exception):
    def __str__(self):
        return ""

class Loud(Exception):
    def __str__(self):
        return "LOUD: " + " / ".join([str(a) for a in self.args])

print(str(Loud("a", 1)), repr(Silent("hidden")), "[" + str(Silent("hidden")) + "]")
try:
    raise Loud("caught", "first")
except Loud as e:
    print(e)
raise Silent("hidden message")
