# random with bytes and bytearray seeds (SHA-512 as CPython), randbytes.
import random
random.seed(b'bytes seed')
print(random.random(), random.randbytes(5), random.randbytes(0))
random.seed(bytearray(b'ba'))
print(random.randint(1, 100))
random.seed(12)
print(random.randbytes(9).hex())
