# coding: utf-8
s = "hé"
print(s, len(s))
