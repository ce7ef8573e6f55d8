# Uncaught exception whose class __module__ was reassigned: the header line names the module.
class ConfigError(Exception):
    pass

class Plain(Exception):
    pass

ConfigError.__module__ = "mylib.errors"
print(ConfigError.__module__, Plain.__module__)
print(repr(ConfigError("moved")))
try:
    raise ConfigError("caught")
except ConfigError as e:
    print("caught", type(e).__module__, e)
raise ConfigError("bad setting")
