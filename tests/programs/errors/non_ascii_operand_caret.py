word = "héllo"
print(word, len(word))
print("é" + len(word))
