# A small validator with its own exception hierarchy; errors are collected, not fatal.
class ValidationError(Exception):
    def __init__(self, field, message):
        super().__init__(field, message)
        self.field = field
        self.message = message

    def __str__(self):
        return "%s: %s" % (self.field, self.message)

class MissingField(ValidationError):
    def __init__(self, field):
        super().__init__(field, "is required")

class BadType(ValidationError):
    def __init__(self, field, expected, value):
        super().__init__(field, "expected %s, got %s" % (expected, type(value).__name__))

class OutOfRange(ValidationError):
    pass

SCHEMA = [("name", str, None), ("age", int, (0, 150)), ("score", int, (0, 100))]

def validate(record):
    errors = []
    for field, kind, bounds in SCHEMA:
        try:
            try:
                value = record[field]
            except KeyError:
                raise MissingField(field) from None
            if not isinstance(value, kind):
                raise BadType(field, kind.__name__, value)
            if bounds is not None:
                low, high = bounds
                if value < low or value > high:
                    raise OutOfRange(field, "%d not in [%d, %d]" % (value, low, high))
        except ValidationError as e:
            errors.append(e)
    return errors

records = [
    {"name": "ann", "age": 31, "score": 88},
    {"name": "bob", "age": -1, "score": 101},
    {"age": "old", "score": 50},
    {"name": 7},
]

summary = {}
for i in range(len(records)):
    errors = validate(records[i])
    if not errors:
        print(i, "valid")
    for e in errors:
        print(i, type(e).__name__, str(e), e.args)
        kind = type(e).__name__
        summary[kind] = summary.get(kind, 0) + 1
print(sorted(summary.items()))

def strict(record):
    errors = validate(record)
    if errors:
        first = errors[0]
        raise ValueError("invalid record") from first
    return "ok"

for r in records:
    try:
        print(strict(r))
    except ValueError as e:
        print(e, "because", repr(str(e.__cause__)), isinstance(e.__cause__, ValidationError))
