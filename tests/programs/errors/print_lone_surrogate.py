# printing a lone surrogate is CPython's UnicodeEncodeError
print('ok')
print('\ud800')
