# TypeError message for a lambda
add = lambda a, b: a + b
print(add(1, 2))
print(add(1))
