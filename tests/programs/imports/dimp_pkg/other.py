print("dimp_pkg.other: executing")
y = "other.y"
