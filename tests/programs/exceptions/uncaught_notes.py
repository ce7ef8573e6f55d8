# Notes added with add_note are printed after the exception message.
def check(record):
    if "id" not in record:
        err = KeyError("id")
        err.add_note("record: %r" % record)
        err.add_note("hint: every record needs an id")
        raise err
    return record["id"]

print(check({"id": 7}))
print(check({"name": "x"}))
