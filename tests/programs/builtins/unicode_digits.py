# int() and float() read decimal digits of every script and Unicode whitespace, as CPython
print(int('٣٤'), int(' ٣٤ '), int('\u2003-٣٤\u3000'), int('٣_٤'), int('٣٤', 16), int('٣٤', 0))
print(int('١٢٣٤٥٦٧٨٩٠١٢٣٤٥٦٧٨٩٠'), int('\uff11\uff12'), int('\U0001d7ce\U0001d7cf'), int('\x85 7 \xa0'))
print(float('٣.٤'), float(' ٣.٤e٢ '), float('\u2003inf\u2003'), float('٣.'), float('-\u0966.\u0967'))
print(int('0x_1f', 16), int('0b_1', 0), int('  +7 ', 8), int('-0x10', 0), int('00', 0), int('\x0b9\x0c', 10))
print(int('½'))
