print("syn_bad_pkg.bad: never printed, the module does not compile")
y = 2
x = = 1
