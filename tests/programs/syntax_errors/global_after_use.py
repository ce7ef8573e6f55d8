total = 0

def add(n):
    print(total)
    global total, n
    total = total + n

add(1)
