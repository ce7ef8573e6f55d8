x = 0
for i in range(3):
	if i:
		x = x + i
print(x)
