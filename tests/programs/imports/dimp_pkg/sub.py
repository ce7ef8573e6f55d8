print("dimp_pkg.sub: executing")
x = "sub.x"
