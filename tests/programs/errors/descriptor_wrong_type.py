# An unbound str method applied to an int.
print(str.upper("ok"))
print(str.upper(5))
