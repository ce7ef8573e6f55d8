# SyntaxErrors in imported modules caught by main: type, msg, lineno, offset, text, filename; the module is not kept.
import sys

for name in ['eq', 'paren', 'colon', 'indent', 'unindent', 'callassign']:
    full = 'syn_caught_pkg.' + name
    try:
        __import__(full)
    except SyntaxError as e:
        print("--", full)
        print(type(e).__name__, isinstance(e, SyntaxError))
        print("msg:", e.msg)
        # IndentationError offsets: tests/pending/imports/syntax_error_caught_offsets.py
        print("lineno:", e.lineno, "offset:", e.offset if type(e) is SyntaxError else '-')
        print("text:", repr(e.text))
        print("filename ends with:", e.filename.endswith('syn_caught_pkg/' + name + '.py'))
        print("in sys.modules:", full in sys.modules)

print("-- the same error again on a second import")
try:
    import syn_caught_pkg.eq
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno)
print("parent still fine:", 'syn_caught_pkg' in sys.modules, hasattr(sys.modules['syn_caught_pkg'], 'eq'))
