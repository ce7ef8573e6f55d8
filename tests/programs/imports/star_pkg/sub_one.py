print("star_pkg.sub_one: executing (imported by the star import)")
ONE = 1
