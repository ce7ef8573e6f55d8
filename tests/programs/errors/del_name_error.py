# NameError after del of a module-level name
counter = 10
print(counter)
del counter
counter = 20
print(counter)
del counter
print(counter)
