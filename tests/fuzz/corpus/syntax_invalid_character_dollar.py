a$b = 1
