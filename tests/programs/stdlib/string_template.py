from string import Template
t = Template('$who likes $what, ${who}s cost $$5')
print(t.substitute(who='tim', what='kung pao'))
print(t.substitute({'who': 'ann', 'what': 'tea'}, what='coffee'))
print(t.safe_substitute(who='bob'))
print(t.get_identifiers(), t.is_valid())
try:
    t.substitute(who='x')
except KeyError as e:
    print('KeyError', e)
bad = Template('cost: $5 and ${ok}')
print(bad.is_valid(), bad.safe_substitute(ok=1))
try:
    bad.substitute(ok=1)
except ValueError as e:
    print(e)
try:
    Template('line one\nline $ two').substitute()
except ValueError as e:
    print(e)
print(Template('${a}b $a_1 $ab').safe_substitute(a='X'))
print(Template('tail $').safe_substitute())
