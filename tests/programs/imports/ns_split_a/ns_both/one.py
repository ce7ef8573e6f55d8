print("ns_both.one: executing (from ns_split_a)")
ONE = 1
