print("star_pkg: __init__")
__all__ = ['sub_one', 'pkg_value']
pkg_value = "pkg value"
other_value = "not in __all__"
