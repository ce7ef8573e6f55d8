print("circ_pkg: __init__")
