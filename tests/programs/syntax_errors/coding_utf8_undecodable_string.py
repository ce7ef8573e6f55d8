# coding: utf-8
print(1)
name = "café"
