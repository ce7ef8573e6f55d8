print("pkgs_pkg.gamma: executing")
GAMMA = "gamma value"
