print("ns_space.sub.leaf: executing, __package__ =", __package__)
LEAF = "leaf"
