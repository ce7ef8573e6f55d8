print("star_pkg.sub_two: executing")
TWO = 2
