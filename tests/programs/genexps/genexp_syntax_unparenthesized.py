# Checks the SyntaxError for a genexp that is not the sole call argument and lacks parentheses.
print("this line never runs: the module fails to compile")
total = sum(x for x in range(3), 10)
