print("rel_pkg.sib.mod: executing, __package__ =", __package__)
from .. import ROOT


def f():
    return "sib.mod.f sees " + ROOT
