# Single inheritance: lookup through bases, overriding, calling the base explicitly.
class Animal:
    sound = "..."
    legs = 4

    def __init__(self, name):
        self.name = name

    def speak(self):
        return "%s says %s" % (self.name, self.sound)

    def describe(self):
        return "%s with %d legs: %s" % (type(self).__name__, self.legs, self.speak())


class Dog(Animal):
    sound = "woof"


class Bird(Animal):
    sound = "tweet"
    legs = 2

    def speak(self):
        return Animal.speak(self) + "!"


class Parrot(Bird):
    def __init__(self, name, word):
        Bird.__init__(self, name)
        self.word = word

    def speak(self):
        return Bird.speak(self) + " and " + self.word


for a in [Animal("it"), Dog("rex"), Bird("tweety"), Parrot("polly", "cracker")]:
    print(a.describe())
print(issubclass(Parrot, Animal), issubclass(Animal, Parrot), isinstance(Parrot("p", "w"), Bird))
print(Parrot.__bases__[0].__name__, [c.__name__ for c in Parrot.__mro__])
print(Parrot.legs, Dog.legs, "speak" in Dog.__dict__, "speak" in Parrot.__dict__)
Animal.legs = 6
print(Dog("d").describe())
d = Dog("x")
d.sound = "grr"
print(d.speak(), Dog.sound)
print(isinstance(d, (int, Animal)), issubclass(Dog, (Bird, Animal)))
