# Namespace packages (directories without __init__.py), nested ones, relative imports inside them, and one split across two directories.
import sys

import ns_space.mod
print(ns_space.mod.VALUE)
print(ns_space.__name__, ns_space.__package__, hasattr(ns_space, '__path__'))
print(repr(getattr(ns_space, '__file__', None)))
print(ns_space.mod.__file__.endswith('ns_space/mod.py'), ns_space.mod.__package__)
print(ns_space.sub.__name__, ns_space.sub.__package__, ns_space.sub.leaf.LEAF)
from ns_space.sub import leaf
from ns_space import helper
print(leaf is ns_space.sub.leaf, helper.HELP)
print(sorted([k for k in sys.modules if k.startswith('ns_space')]))
print([n for n in ['helper', 'mod', 'sub', 'leaf'] if hasattr(ns_space, n)])

print("-- a namespace package split across two sys.path entries")
here = __file__.rsplit('/', 1)[0]
sys.path.insert(0, here + '/ns_split_a')
sys.path.insert(0, here + '/ns_split_b')
import ns_both.two
print(ns_both.two.TWO, ns_both.one.ONE)
print(len(list(ns_both.__path__)))
