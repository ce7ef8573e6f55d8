# Exception class with reassigned __name__/__qualname__: repr uses __name__, the traceback uses __qualname__.
class ParseError(Exception):
    pass

ParseError.__name__ = "SyntaxProblem"
ParseError.__qualname__ = "parser.SyntaxProblem"
print(ParseError.__name__, ParseError.__qualname__)
print(repr(ParseError("x", 1)))
print(str(ParseError("only str")))

def fail():
    class Local(ValueError):
        pass
    raise Local("from a local class")

try:
    fail()
except ValueError as e:
    print(type(e).__name__, type(e).__qualname__)
raise ParseError("unexpected token")
