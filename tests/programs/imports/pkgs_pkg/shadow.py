print("pkgs_pkg.shadow: executing (the submodule)")
KIND = "submodule"
