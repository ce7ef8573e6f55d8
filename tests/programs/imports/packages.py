# Packages: __init__ importing submodules, fromlist importing not-yet-loaded submodules, submodules becoming parent attributes.
import sys

print("-- import pkgs_pkg")
import pkgs_pkg
print(pkgs_pkg.INIT)
print(pkgs_pkg.__file__.endswith('pkgs_pkg/__init__.py'), hasattr(pkgs_pkg, '__path__'))
print(hasattr(pkgs_pkg.alpha, '__path__'), pkgs_pkg.alpha.__package__)
print(hasattr(pkgs_pkg, 'alpha'), hasattr(pkgs_pkg, 'helper'), pkgs_pkg.alpha.helper is pkgs_pkg.helper)
print(hasattr(pkgs_pkg, 'beta'), 'pkgs_pkg.beta' in sys.modules)

print("-- from pkgs_pkg import beta (not yet imported)")
from pkgs_pkg import beta
print(beta.BETA, beta.__name__)
print(hasattr(pkgs_pkg, 'beta'), pkgs_pkg.beta is beta, sys.modules['pkgs_pkg.beta'] is beta)

print("-- import pkgs_pkg.gamma sets the parent attribute")
print(hasattr(pkgs_pkg, 'gamma'))
import pkgs_pkg.gamma
print(hasattr(pkgs_pkg, 'gamma'), pkgs_pkg.gamma.GAMMA)

print("-- mixed fromlist: attribute, loaded and unloaded submodules")
from pkgs_pkg import (
    INIT as init_value,
    beta as beta_again,
    delta,
)
print(init_value, beta_again is beta, delta.DELTA, pkgs_pkg.delta is delta)

print("-- an attribute wins over a submodule of the same name")
from pkgs_pkg import shadow
print(repr(shadow), 'pkgs_pkg.shadow' in sys.modules)
import pkgs_pkg.shadow
print(type(pkgs_pkg.shadow).__name__, pkgs_pkg.shadow.KIND)
from pkgs_pkg import shadow
print(type(shadow).__name__)

print("-- subpackage")
from pkgs_pkg.inner import deep
print(deep.DEEP, pkgs_pkg.inner.deep is deep, pkgs_pkg.inner.INNER)
print(pkgs_pkg.inner.__name__, pkgs_pkg.inner.__package__, deep.__package__)
print(sorted([k for k in sys.modules if k.startswith('pkgs_pkg')]))
print([k for k in ['INIT', 'alpha', 'beta', 'delta', 'gamma', 'helper', 'inner', 'shadow', 'deep', 'DEEP'] if hasattr(pkgs_pkg, k)])
