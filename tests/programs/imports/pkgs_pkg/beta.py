print("pkgs_pkg.beta: executing")
BETA = "beta value"
