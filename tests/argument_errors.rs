//! Built-in functions and methods check their arguments as CPython 3.11 does: every entry is a
//! call and what CPython 3.11 gives for it (`ok` and the repr of the result, or the exception),
//! recorded by evaluating each call with `/usr/bin/python3.11`. Run in-process on every engine.

use spindle::engine;
use spindle::vm::{Output, Vm};

/// (call, CPython 3.11's result).
const CASES: &[(&str, &str)] = &[
    (
        "len()",
        "TypeError: len() takes exactly one argument (0 given)",
    ),
    (
        "len(1,2,3,4)",
        "TypeError: len() takes exactly one argument (4 given)",
    ),
    ("len(1, x=1)", "TypeError: len() takes no keyword arguments"),
    (
        "abs()",
        "TypeError: abs() takes exactly one argument (0 given)",
    ),
    (
        "abs(1,2,3,4)",
        "TypeError: abs() takes exactly one argument (4 given)",
    ),
    ("abs(1, x=1)", "TypeError: abs() takes no keyword arguments"),
    (
        "repr()",
        "TypeError: repr() takes exactly one argument (0 given)",
    ),
    (
        "repr(1,2,3,4)",
        "TypeError: repr() takes exactly one argument (4 given)",
    ),
    (
        "repr(1, x=1)",
        "TypeError: repr() takes no keyword arguments",
    ),
    (
        "range()",
        "TypeError: range expected at least 1 argument, got 0",
    ),
    (
        "range(1,2,3,4)",
        "TypeError: range expected at most 3 arguments, got 4",
    ),
    (
        "range(1, x=1)",
        "TypeError: range() takes no keyword arguments",
    ),
    (
        "min()",
        "TypeError: min expected at least 1 argument, got 0",
    ),
    ("min(1,2,3,4)", "ok 1"),
    (
        "min(1, x=1)",
        "TypeError: 'x' is an invalid keyword argument for min()",
    ),
    (
        "max()",
        "TypeError: max expected at least 1 argument, got 0",
    ),
    ("max(1,2,3,4)", "ok 4"),
    (
        "max(1, x=1)",
        "TypeError: 'x' is an invalid keyword argument for max()",
    ),
    ("int()", "ok 0"),
    (
        "int(1,2,3,4)",
        "TypeError: int() takes at most 2 arguments (4 given)",
    ),
    (
        "int(1, x=1)",
        "TypeError: 'x' is an invalid keyword argument for int()",
    ),
    ("float()", "ok 0.0"),
    (
        "float(1,2,3,4)",
        "TypeError: float expected at most 1 argument, got 4",
    ),
    (
        "float(1, x=1)",
        "TypeError: float() takes no keyword arguments",
    ),
    ("str()", "ok ''"),
    (
        "str(1,2,3,4)",
        "TypeError: str() takes at most 3 arguments (4 given)",
    ),
    (
        "str(1, x=1)",
        "TypeError: 'x' is an invalid keyword argument for str()",
    ),
    ("bool()", "ok False"),
    (
        "bool(1,2,3,4)",
        "TypeError: bool expected at most 1 argument, got 4",
    ),
    (
        "bool(1, x=1)",
        "TypeError: bool() takes no keyword arguments",
    ),
    ("list()", "ok []"),
    (
        "list(1,2,3,4)",
        "TypeError: list expected at most 1 argument, got 4",
    ),
    (
        "list(1, x=1)",
        "TypeError: list() takes no keyword arguments",
    ),
    ("tuple()", "ok ()"),
    (
        "tuple(1,2,3,4)",
        "TypeError: tuple expected at most 1 argument, got 4",
    ),
    (
        "tuple(1, x=1)",
        "TypeError: tuple() takes no keyword arguments",
    ),
    (
        "sum()",
        "TypeError: sum() takes at least 1 positional argument (0 given)",
    ),
    (
        "sum(1,2,3,4)",
        "TypeError: sum() takes at most 2 arguments (4 given)",
    ),
    (
        "sum(1, x=1)",
        "TypeError: 'x' is an invalid keyword argument for sum()",
    ),
    ("print()", "ok None"),
    ("print(1,2,3,4)", "ok None"),
    (
        "print(1, x=1)",
        "TypeError: 'x' is an invalid keyword argument for print()",
    ),
    (
        "int('1', 2, 3)",
        "TypeError: int() takes at most 2 arguments (3 given)",
    ),
    (
        "int(x='1')",
        "TypeError: 'x' is an invalid keyword argument for int()",
    ),
    ("int('1', base=2)", "ok 1"),
    (
        "int('12', base=2)",
        "ValueError: invalid literal for int() with base 2: '12'",
    ),
    (
        "str(1, 2)",
        "TypeError: str() argument 'encoding' must be str, not int",
    ),
    (
        "float('1', '2')",
        "TypeError: float expected at most 1 argument, got 2",
    ),
    (
        "sum([1], 2, 3)",
        "TypeError: sum() takes at most 2 arguments (3 given)",
    ),
    ("sum([1], start=2)", "ok 3"),
    ("min([], default=3)", "ok 3"),
    ("min(1, 2, key=None)", "ok 1"),
    (
        "range(1, x=2)",
        "TypeError: range() takes no keyword arguments",
    ),
    (
        "len([], [])",
        "TypeError: len() takes exactly one argument (2 given)",
    ),
    (
        "math.sqrt()",
        "TypeError: math.sqrt() takes exactly one argument (0 given)",
    ),
    (
        "math.sqrt(1,2,3)",
        "TypeError: math.sqrt() takes exactly one argument (3 given)",
    ),
    (
        "math.sqrt(x=1)",
        "TypeError: math.sqrt() takes no keyword arguments",
    ),
    (
        "math.floor()",
        "TypeError: math.floor() takes exactly one argument (0 given)",
    ),
    (
        "math.floor(1,2,3)",
        "TypeError: math.floor() takes exactly one argument (3 given)",
    ),
    (
        "math.floor(x=1)",
        "TypeError: math.floor() takes no keyword arguments",
    ),
    (
        "math.log()",
        "TypeError: math.log requires 1 to 2 arguments",
    ),
    (
        "math.log(1,2,3)",
        "TypeError: math.log requires 1 to 2 arguments",
    ),
    (
        "math.log(x=1)",
        "TypeError: log() takes no keyword arguments",
    ),
    (
        "math.log2()",
        "TypeError: math.log2() takes exactly one argument (0 given)",
    ),
    (
        "math.log2(1,2,3)",
        "TypeError: math.log2() takes exactly one argument (3 given)",
    ),
    (
        "math.log2(x=1)",
        "TypeError: math.log2() takes no keyword arguments",
    ),
    (
        "math.log10()",
        "TypeError: math.log10() takes exactly one argument (0 given)",
    ),
    (
        "math.log10(1,2,3)",
        "TypeError: math.log10() takes exactly one argument (3 given)",
    ),
    (
        "math.log10(x=1)",
        "TypeError: math.log10() takes no keyword arguments",
    ),
    ("math.pow()", "TypeError: pow expected 2 arguments, got 0"),
    (
        "math.pow(1,2,3)",
        "TypeError: pow expected 2 arguments, got 3",
    ),
    (
        "math.pow(x=1)",
        "TypeError: math.pow() takes no keyword arguments",
    ),
    (
        "math.atan2()",
        "TypeError: atan2 expected 2 arguments, got 0",
    ),
    (
        "math.atan2(1,2,3)",
        "TypeError: atan2 expected 2 arguments, got 3",
    ),
    (
        "math.atan2(x=1)",
        "TypeError: math.atan2() takes no keyword arguments",
    ),
    (
        "math.isnan()",
        "TypeError: math.isnan() takes exactly one argument (0 given)",
    ),
    (
        "math.isnan(1,2,3)",
        "TypeError: math.isnan() takes exactly one argument (3 given)",
    ),
    (
        "math.isnan(x=1)",
        "TypeError: math.isnan() takes no keyword arguments",
    ),
    (
        "math.factorial()",
        "TypeError: math.factorial() takes exactly one argument (0 given)",
    ),
    (
        "math.factorial(1,2,3)",
        "TypeError: math.factorial() takes exactly one argument (3 given)",
    ),
    (
        "math.factorial(x=1)",
        "TypeError: math.factorial() takes no keyword arguments",
    ),
    ("math.gcd()", "ok 0"),
    ("math.gcd(1,2,3)", "ok 1"),
    (
        "math.gcd(x=1)",
        "TypeError: math.gcd() takes no keyword arguments",
    ),
    (
        "math.exp()",
        "TypeError: math.exp() takes exactly one argument (0 given)",
    ),
    (
        "math.exp(1,2,3)",
        "TypeError: math.exp() takes exactly one argument (3 given)",
    ),
    (
        "math.exp(x=1)",
        "TypeError: math.exp() takes no keyword arguments",
    ),
    (
        "math.fabs()",
        "TypeError: math.fabs() takes exactly one argument (0 given)",
    ),
    (
        "math.fabs(1,2,3)",
        "TypeError: math.fabs() takes exactly one argument (3 given)",
    ),
    (
        "math.fabs(x=1)",
        "TypeError: math.fabs() takes no keyword arguments",
    ),
    (
        "math.ceil()",
        "TypeError: math.ceil() takes exactly one argument (0 given)",
    ),
    (
        "math.ceil(1,2,3)",
        "TypeError: math.ceil() takes exactly one argument (3 given)",
    ),
    (
        "math.ceil(x=1)",
        "TypeError: math.ceil() takes no keyword arguments",
    ),
    (
        "math.trunc()",
        "TypeError: math.trunc() takes exactly one argument (0 given)",
    ),
    (
        "math.trunc(1,2,3)",
        "TypeError: math.trunc() takes exactly one argument (3 given)",
    ),
    (
        "math.trunc(x=1)",
        "TypeError: math.trunc() takes no keyword arguments",
    ),
    (
        "math.isinf()",
        "TypeError: math.isinf() takes exactly one argument (0 given)",
    ),
    (
        "math.isinf(1,2,3)",
        "TypeError: math.isinf() takes exactly one argument (3 given)",
    ),
    (
        "math.isinf(x=1)",
        "TypeError: math.isinf() takes no keyword arguments",
    ),
    (
        "math.sin()",
        "TypeError: math.sin() takes exactly one argument (0 given)",
    ),
    (
        "math.sin(1,2,3)",
        "TypeError: math.sin() takes exactly one argument (3 given)",
    ),
    (
        "math.sin(x=1)",
        "TypeError: math.sin() takes no keyword arguments",
    ),
    (
        "math.cos()",
        "TypeError: math.cos() takes exactly one argument (0 given)",
    ),
    (
        "math.cos(1,2,3)",
        "TypeError: math.cos() takes exactly one argument (3 given)",
    ),
    (
        "math.cos(x=1)",
        "TypeError: math.cos() takes no keyword arguments",
    ),
    (
        "math.tan()",
        "TypeError: math.tan() takes exactly one argument (0 given)",
    ),
    (
        "math.tan(1,2,3)",
        "TypeError: math.tan() takes exactly one argument (3 given)",
    ),
    (
        "math.tan(x=1)",
        "TypeError: math.tan() takes no keyword arguments",
    ),
    (
        "math.asin()",
        "TypeError: math.asin() takes exactly one argument (0 given)",
    ),
    (
        "math.asin(1,2,3)",
        "TypeError: math.asin() takes exactly one argument (3 given)",
    ),
    (
        "math.asin(x=1)",
        "TypeError: math.asin() takes no keyword arguments",
    ),
    (
        "math.acos()",
        "TypeError: math.acos() takes exactly one argument (0 given)",
    ),
    (
        "math.acos(1,2,3)",
        "TypeError: math.acos() takes exactly one argument (3 given)",
    ),
    (
        "math.acos(x=1)",
        "TypeError: math.acos() takes no keyword arguments",
    ),
    (
        "math.atan()",
        "TypeError: math.atan() takes exactly one argument (0 given)",
    ),
    (
        "math.atan(1,2,3)",
        "TypeError: math.atan() takes exactly one argument (3 given)",
    ),
    (
        "math.atan(x=1)",
        "TypeError: math.atan() takes no keyword arguments",
    ),
    (
        "math.gcd(1.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    (
        "math.factorial(2**64)",
        "OverflowError: factorial() argument should not exceed 9223372036854775807",
    ),
    (
        "math.factorial(1.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    (
        "sys.getrecursionlimit(1)",
        "TypeError: sys.getrecursionlimit() takes no arguments (1 given)",
    ),
    (
        "sys.setrecursionlimit()",
        "TypeError: sys.setrecursionlimit() takes exactly one argument (0 given)",
    ),
    (
        "sys.setrecursionlimit(1.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    (
        "sys.setrecursionlimit(2**64)",
        "OverflowError: Python int too large to convert to C int",
    ),
    (
        "sys.get_int_max_str_digits(1)",
        "TypeError: sys.get_int_max_str_digits() takes no arguments (1 given)",
    ),
    (
        "sys.set_int_max_str_digits()",
        "TypeError: set_int_max_str_digits() missing required argument 'maxdigits' (pos 1)",
    ),
    (
        "sys.set_int_max_str_digits(1.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    ("sys.set_int_max_str_digits(maxdigits=700)", "ok None"),
    (
        "sys.setrecursionlimit(0)",
        "ValueError: recursion limit must be greater or equal than 1",
    ),
    (
        "'abc'.join()",
        "TypeError: str.join() takes exactly one argument (0 given)",
    ),
    (
        "'abc'.join('a','b','c','d')",
        "TypeError: str.join() takes exactly one argument (4 given)",
    ),
    (
        "'abc'.join(x=1)",
        "TypeError: str.join() takes no keyword arguments",
    ),
    ("'abc'.join(1)", "TypeError: can only join an iterable"),
    ("'abc'.strip()", "ok 'abc'"),
    (
        "'abc'.strip('a','b','c','d')",
        "TypeError: strip expected at most 1 argument, got 4",
    ),
    (
        "'abc'.strip(x=1)",
        "TypeError: str.strip() takes no keyword arguments",
    ),
    ("'abc'.strip(1)", "TypeError: strip arg must be None or str"),
    ("'abc'.lstrip()", "ok 'abc'"),
    (
        "'abc'.lstrip('a','b','c','d')",
        "TypeError: lstrip expected at most 1 argument, got 4",
    ),
    (
        "'abc'.lstrip(x=1)",
        "TypeError: str.lstrip() takes no keyword arguments",
    ),
    (
        "'abc'.lstrip(1)",
        "TypeError: lstrip arg must be None or str",
    ),
    ("'abc'.rstrip()", "ok 'abc'"),
    (
        "'abc'.rstrip('a','b','c','d')",
        "TypeError: rstrip expected at most 1 argument, got 4",
    ),
    (
        "'abc'.rstrip(x=1)",
        "TypeError: str.rstrip() takes no keyword arguments",
    ),
    (
        "'abc'.rstrip(1)",
        "TypeError: rstrip arg must be None or str",
    ),
    ("'abc'.split()", "ok ['abc']"),
    (
        "'abc'.split('a','b','c','d')",
        "TypeError: split() takes at most 2 arguments (4 given)",
    ),
    (
        "'abc'.split(x=1)",
        "TypeError: 'x' is an invalid keyword argument for split()",
    ),
    ("'abc'.split(1)", "TypeError: must be str or None, not int"),
    ("'abc'.upper()", "ok 'ABC'"),
    (
        "'abc'.upper('a','b','c','d')",
        "TypeError: str.upper() takes no arguments (4 given)",
    ),
    (
        "'abc'.upper(x=1)",
        "TypeError: str.upper() takes no keyword arguments",
    ),
    (
        "'abc'.upper(1)",
        "TypeError: str.upper() takes no arguments (1 given)",
    ),
    ("'abc'.lower()", "ok 'abc'"),
    (
        "'abc'.lower('a','b','c','d')",
        "TypeError: str.lower() takes no arguments (4 given)",
    ),
    (
        "'abc'.lower(x=1)",
        "TypeError: str.lower() takes no keyword arguments",
    ),
    (
        "'abc'.lower(1)",
        "TypeError: str.lower() takes no arguments (1 given)",
    ),
    (
        "'abc'.replace()",
        "TypeError: replace expected at least 2 arguments, got 0",
    ),
    (
        "'abc'.replace('a','b','c','d')",
        "TypeError: replace expected at most 3 arguments, got 4",
    ),
    (
        "'abc'.replace(x=1)",
        "TypeError: str.replace() takes no keyword arguments",
    ),
    (
        "'abc'.replace(1)",
        "TypeError: replace expected at least 2 arguments, got 1",
    ),
    (
        "'abc'.startswith()",
        "TypeError: startswith() takes at least 1 argument (0 given)",
    ),
    (
        "'abc'.startswith('a','b','c','d')",
        "TypeError: startswith() takes at most 3 arguments (4 given)",
    ),
    (
        "'abc'.startswith(x=1)",
        "TypeError: str.startswith() takes no keyword arguments",
    ),
    (
        "'abc'.startswith(1)",
        "TypeError: startswith first arg must be str or a tuple of str, not int",
    ),
    (
        "'abc'.endswith()",
        "TypeError: endswith() takes at least 1 argument (0 given)",
    ),
    (
        "'abc'.endswith('a','b','c','d')",
        "TypeError: endswith() takes at most 3 arguments (4 given)",
    ),
    (
        "'abc'.endswith(x=1)",
        "TypeError: str.endswith() takes no keyword arguments",
    ),
    (
        "'abc'.endswith(1)",
        "TypeError: endswith first arg must be str or a tuple of str, not int",
    ),
    (
        "'abc'.find()",
        "TypeError: find() takes at least 1 argument (0 given)",
    ),
    (
        "'abc'.find('a','b','c','d')",
        "TypeError: find() takes at most 3 arguments (4 given)",
    ),
    (
        "'abc'.find(x=1)",
        "TypeError: str.find() takes no keyword arguments",
    ),
    ("'abc'.find(1)", "TypeError: must be str, not int"),
    (
        "'abc'.count()",
        "TypeError: count() takes at least 1 argument (0 given)",
    ),
    (
        "'abc'.count('a','b','c','d')",
        "TypeError: count() takes at most 3 arguments (4 given)",
    ),
    (
        "'abc'.count(x=1)",
        "TypeError: str.count() takes no keyword arguments",
    ),
    ("'abc'.count(1)", "TypeError: must be str, not int"),
    (
        "[1].append()",
        "TypeError: list.append() takes exactly one argument (0 given)",
    ),
    (
        "[1].append(1,2,3,4)",
        "TypeError: list.append() takes exactly one argument (4 given)",
    ),
    (
        "[1].append(x=1)",
        "TypeError: list.append() takes no keyword arguments",
    ),
    ("[1].pop()", "ok 1"),
    (
        "[1].pop(1,2,3,4)",
        "TypeError: pop expected at most 1 argument, got 4",
    ),
    (
        "[1].pop(x=1)",
        "TypeError: list.pop() takes no keyword arguments",
    ),
    (
        "[1].extend()",
        "TypeError: list.extend() takes exactly one argument (0 given)",
    ),
    (
        "[1].extend(1,2,3,4)",
        "TypeError: list.extend() takes exactly one argument (4 given)",
    ),
    (
        "[1].extend(x=1)",
        "TypeError: list.extend() takes no keyword arguments",
    ),
    (
        "[1].insert()",
        "TypeError: insert expected 2 arguments, got 0",
    ),
    (
        "[1].insert(1,2,3,4)",
        "TypeError: insert expected 2 arguments, got 4",
    ),
    (
        "[1].insert(x=1)",
        "TypeError: list.insert() takes no keyword arguments",
    ),
    (
        "[1].index()",
        "TypeError: index expected at least 1 argument, got 0",
    ),
    (
        "[1].index(1,2,3,4)",
        "TypeError: index expected at most 3 arguments, got 4",
    ),
    (
        "[1].index(x=1)",
        "TypeError: list.index() takes no keyword arguments",
    ),
    (
        "[1].count()",
        "TypeError: list.count() takes exactly one argument (0 given)",
    ),
    (
        "[1].count(1,2,3,4)",
        "TypeError: list.count() takes exactly one argument (4 given)",
    ),
    (
        "[1].count(x=1)",
        "TypeError: list.count() takes no keyword arguments",
    ),
    ("[1].reverse()", "ok None"),
    (
        "[1].reverse(1,2,3,4)",
        "TypeError: list.reverse() takes no arguments (4 given)",
    ),
    (
        "[1].reverse(x=1)",
        "TypeError: list.reverse() takes no keyword arguments",
    ),
    ("int(base=2)", "TypeError: int() missing string argument"),
    (
        "int(5, 2)",
        "TypeError: int() can't convert non-string with explicit base",
    ),
    (
        "int('1', 2.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    (
        "int('12', base=2)",
        "ValueError: invalid literal for int() with base 2: '12'",
    ),
    ("int('11', base=2)", "ok 3"),
    (
        "int('11', 2, base=3)",
        "TypeError: int() takes at most 2 arguments (3 given)",
    ),
    (
        "int(x='1')",
        "TypeError: 'x' is an invalid keyword argument for int()",
    ),
    ("int('z', 36)", "ok 35"),
    (
        "int('1', 2**70)",
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    ),
    (
        "int('1', 37)",
        "ValueError: int() base must be >= 2 and <= 36, or 0",
    ),
    (
        "int(1.5, base=10)",
        "TypeError: int() can't convert non-string with explicit base",
    ),
    ("str(object=5)", "ok '5'"),
    (
        "str(5, 'utf-8')",
        "TypeError: decoding to str: need a bytes-like object, int found",
    ),
    (
        "str('a', 'utf-8')",
        "TypeError: decoding str is not supported",
    ),
    (
        "str(1, 2)",
        "TypeError: str() argument 'encoding' must be str, not int",
    ),
    (
        "str(1, 'utf-8', 'strict', 4)",
        "TypeError: str() takes at most 3 arguments (4 given)",
    ),
    (
        "str(x=1)",
        "TypeError: 'x' is an invalid keyword argument for str()",
    ),
    (
        "str(object=1, encoding=3)",
        "TypeError: str() argument 'encoding' must be str, not int",
    ),
    ("sum([1,2], start=10)", "ok 13"),
    (
        "sum([1,2], 10, start=10)",
        "TypeError: sum() takes at most 2 arguments (3 given)",
    ),
    (
        "sum(start=10)",
        "TypeError: sum() takes at least 1 positional argument (0 given)",
    ),
    (
        "sum([1], 2, 3)",
        "TypeError: sum() takes at most 2 arguments (3 given)",
    ),
    (
        "sum([1], x=3)",
        "TypeError: 'x' is an invalid keyword argument for sum()",
    ),
    ("min([3,1,2], key=None)", "ok 1"),
    ("max([3,1,2], default=0, key=None)", "ok 3"),
    ("max([], default=0)", "ok 0"),
    (
        "min(1, 2, default=0)",
        "TypeError: Cannot specify a default for min() with multiple positional arguments",
    ),
    (
        "max(x=1)",
        "TypeError: max expected at least 1 argument, got 0",
    ),
    (
        "float(x=1)",
        "TypeError: float() takes no keyword arguments",
    ),
    ("bool(x=1)", "TypeError: bool() takes no keyword arguments"),
    ("list(x=1)", "TypeError: list() takes no keyword arguments"),
    (
        "tuple(x=1)",
        "TypeError: tuple() takes no keyword arguments",
    ),
    ("repr(x=1)", "TypeError: repr() takes no keyword arguments"),
    ("len(x=1)", "TypeError: len() takes no keyword arguments"),
    (
        "range(x=1)",
        "TypeError: range() takes no keyword arguments",
    ),
    ("abs(x=1)", "TypeError: abs() takes no keyword arguments"),
    (
        "print(1, sep=1)",
        "TypeError: sep must be None or a string, not int",
    ),
    ("print(1, flush=1)", "ok None"),
    (
        "[1].insert(2**63, 0)",
        "OverflowError: Python int too large to convert to C ssize_t",
    ),
    (
        "[1].insert(-2**63-1, 0)",
        "OverflowError: Python int too large to convert to C ssize_t",
    ),
    (
        "[1].insert(1.5, 0)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    (
        "[1,2].pop(2**63)",
        "OverflowError: Python int too large to convert to C ssize_t",
    ),
    (
        "[1,2].pop(1.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    ("[1,2].index(1, 2**70)", "ValueError: 1 is not in list"),
    ("[1,2].index(2, -2**70)", "ok 1"),
    ("[1,2].index(2, 0, 2**70)", "ok 1"),
    ("[1,2,1].index(1, 1)", "ok 2"),
    ("[1,2,1].index(1, -1)", "ok 2"),
    (
        "[1,2].index(1, None)",
        "TypeError: slice indices must be integers or have an __index__ method",
    ),
    (
        "'abc'.split(None, 1, 2)",
        "TypeError: split() takes at most 2 arguments (3 given)",
    ),
    (
        "'a b c'.split(' ', sep=' ')",
        "TypeError: argument for split() given by name ('sep') and position (1)",
    ),
    (
        "'a b c'.split(maxsplit=1.5)",
        "TypeError: 'float' object cannot be interpreted as an integer",
    ),
    (
        "'a b c'.split(maxsplit=2**64)",
        "OverflowError: Python int too large to convert to C ssize_t",
    ),
    (
        "'a b c'.split(seps=1)",
        "TypeError: 'seps' is an invalid keyword argument for split()",
    ),
    ("'a b c'.rsplit(None, 1)", "ok ['a b', 'c']"),
    ("'a b c'.rsplit(maxsplit=1)", "ok ['a b', 'c']"),
    ("'a b c'.rsplit(sep=' ', maxsplit=1)", "ok ['a b', 'c']"),
    ("'abc'.split('')", "ValueError: empty separator"),
    (
        "'abc'.replace('a', 'b', 'c')",
        "TypeError: 'str' object cannot be interpreted as an integer",
    ),
    (
        "'abc'.replace('a', 'b', 2**64)",
        "OverflowError: Python int too large to convert to C ssize_t",
    ),
    (
        "'abc'.replace('a', 'b', count=1)",
        "TypeError: str.replace() takes no keyword arguments",
    ),
    (
        "'abc'.replace(1, 'b')",
        "TypeError: replace() argument 1 must be str, not int",
    ),
    (
        "'abc'.replace('a', 2)",
        "TypeError: replace() argument 2 must be str, not int",
    ),
    ("'abc'.startswith(('a', 1))", "ok True"),
    ("'abc'.startswith(('x', 'a'))", "ok True"),
    ("'abc'.endswith(('x', 'c'), 0, 2)", "ok False"),
    (
        "'abc'.find('a', 'x')",
        "TypeError: slice indices must be integers or None or have an __index__ method",
    ),
    (
        "'abc'.find('a', 1.0)",
        "TypeError: slice indices must be integers or None or have an __index__ method",
    ),
    ("'abc'.index('z')", "ValueError: substring not found"),
    ("'abc'.rindex('z')", "ValueError: substring not found"),
    (
        "'abc'.index()",
        "TypeError: index() takes at least 1 argument (0 given)",
    ),
    (
        "'abc'.rfind()",
        "TypeError: rfind() takes at least 1 argument (0 given)",
    ),
    ("'abc'.rsplit(1)", "TypeError: must be str or None, not int"),
    (
        "'abc'.upper(x=1)",
        "TypeError: str.upper() takes no keyword arguments",
    ),
    ("'abc'.join(1)", "TypeError: can only join an iterable"),
    (
        "'abc'.join([1])",
        "TypeError: sequence item 0: expected str instance, int found",
    ),
];

/// What Spindle gives for `call`: `ok <repr>` or `Type: message`.
fn outcome(engine: &'static engine::Engine, call: &str) -> String {
    let source = format!("import math\nimport sys\nresult = {call}\nprint(repr(result))\n");
    let code = match spindle::compiler::compile(&source, "<call>") {
        Ok(code) => code,
        Err(err) => return format!("{}: {}", err.kind, err.message),
    };
    let mut vm = Vm::new(engine, vec![], Output::Captured(Vec::new()));
    match vm.run_main(code) {
        Ok(_) => {
            let output = String::from_utf8_lossy(&vm.take_captured()).to_string();
            format!("ok {}", output.lines().last().unwrap_or(""))
        }
        Err(err) => err.summary(),
    }
}

#[test]
fn argument_errors_match_cpython() {
    let mut wrong = Vec::new();
    for engine in engine::ENGINES {
        for (call, want) in CASES {
            let got = outcome(engine, call);
            if got != *want {
                wrong.push(format!(
                    "{}: {call}\n  want {want}\n  got  {got}",
                    engine.name
                ));
            }
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
