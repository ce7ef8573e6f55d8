print('abcabc'.find('a', 1))
