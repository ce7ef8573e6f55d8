print("dimp_pkg: __init__")
TOP = "dimp_pkg.TOP"
