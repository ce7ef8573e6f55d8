# int.to_bytes and int.from_bytes: byte orders, signed values, defaults, errors.
print((1024).to_bytes(2, 'big'), (1024).to_bytes(4, 'little'), (-1).to_bytes(2, 'big', signed=True), (255).to_bytes(), int.from_bytes(b'\x00\x10', 'big'), int.from_bytes(b'\xff\xff', 'little', signed=True), int.from_bytes([1,2]))
print((0).to_bytes(3, 'big'), (2**70).to_bytes(9, 'big'), int.from_bytes(b'\x80', 'big', signed=True), (-128).to_bytes(1, 'big', signed=True), (127).to_bytes(1, 'little', signed=True), int.from_bytes(b'', 'big'))
for f in [lambda: (256).to_bytes(1, 'big'), lambda: (-1).to_bytes(1, 'big'), lambda: (1).to_bytes(1, 'middle'), lambda: (1).to_bytes(-1, 'big'), lambda: (128).to_bytes(1, 'big', signed=True)]:
    try: f()
    except (OverflowError, ValueError) as e: print(type(e).__name__, e)
