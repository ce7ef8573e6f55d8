# collections.UserString methods that delegate to str methods Spindle's str lacks.
from collections import UserString

us = UserString("hello world")
print(us.center(15, "*"), us.ljust(13, "."), us.rjust(13), UserString("42").zfill(5))
print(us.title(), us.istitle(), us.title().istitle(), type(us.title()).__name__)
print(us.removeprefix("hello "), us.removesuffix(UserString(" world")),
      type(us.removeprefix("x")).__name__)
print(us.isascii(), UserString("é").isascii(), UserString("a_1").isidentifier(),
      UserString("1a").isidentifier())
print(UserString("a\tb").expandtabs(4), UserString("Straße").casefold())
table = UserString.maketrans("lo", "01")
print(us.translate(table), type(us.translate(table)).__name__)
print(UserString("{a}+{b}").format_map({"a": 1, "b": 2}))
