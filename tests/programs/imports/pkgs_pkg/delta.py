print("pkgs_pkg.delta: executing")
DELTA = "delta value"
