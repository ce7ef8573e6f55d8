# An uncaught exception raised inside a function of an imported module called from main; the class is module-qualified.
import fail_fn_pkg.ops as ops

print(ops.OpsError.__module__, ops.OpsError.__qualname__, repr(ops.OpsError("x")))
print(ops.total([1, 2, 3]))


def run():
    return ops.total([4, -3, 5])


print(run())
