print("dimp_pkg.third: executing")
z = "third.z"
