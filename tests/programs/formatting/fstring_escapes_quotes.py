# Checks f-string brace escapes, quote nesting, escapes in literal parts and multi-line f-strings.
x = 5
print(f"{{}}")
print(f"{{x}}")
print(f"{{{x}}}")
print(f"{{{{x}}}}")
print(f"a{{b{x}c}}d")
print(f"}}{x}{{")
print(f'{"double inside single"}')
print(f"{'single inside double'}")
print(f"""{"double"} and {'single'} in triple""")
print(f'''{"a"}{'b'}''')
print(f"tab\there {x}\nnewline")
print(f"\x41\u00e9\N{BULLET} {x}")
print(f"quote \" and \' {x}")
print(f"backslash \\ {x}")
multi = f"""line one {x}
line two {x + 1}
  indented {'three'}"""
print(multi)
print(f"""{
x
+
1
}""")
print(f"{x:{'>'}5}" f"|{x}|")
d = {"k": 1}
print(f"{d['k']} {d['''k''']}")
print(f"{'{'}{'}'} {'{}'.format(1)}")
print(f"{'a' + '}' + 'b'}")
print(f"{x!r}" "{not formatted}" f"{{x}}")
print(rf"\d{x}\w")
print(len(f"{x}\n"), len(rf"{x}\n"))
print(f"{'%d' % x} {'%s-%s' % (x, x)}")
print(f"{ 'spaces'  }")
print(f"{x:>{x}}|")
print(f"{'#'.join(['a', 'b'])}")
print(f"{'!r'}")
print(f"{'a:b'}")
print(f"{'=='}")
print(f"{x==5}")
print(f"{x!=4}")
