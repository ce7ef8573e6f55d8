s = 'abc'
s()
