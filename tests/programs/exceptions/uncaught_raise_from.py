# Uncaught exception with an explicit cause: both tracebacks are printed.
class ConfigError(Exception):
    pass

def read_port(settings):
    try:
        return int(settings["port"])
    except ValueError as e:
        raise ConfigError("port must be a number") from e

print(read_port({"port": "80"}))
print(read_port({"port": "eighty"}))
