print("ns_space.helper: executing")
HELP = "help"
