print("pkgs_pkg.alpha: executing")


def helper():
    return "alpha.helper"
