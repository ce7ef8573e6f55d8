x = x'abc'
