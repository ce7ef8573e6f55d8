print("pkgs_pkg.inner.deep: executing, __package__ =", __package__)
DEEP = "deep value"
