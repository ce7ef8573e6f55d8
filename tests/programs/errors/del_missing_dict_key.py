# KeyError from del d[k] for a missing key; the message is the key's repr
d = {"it's": 1, 'say "hi"': 2}
del d["it's"]
print(d)
del d["it's"]
