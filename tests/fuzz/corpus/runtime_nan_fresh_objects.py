y = float('nan')
print(float('nan') is y, [float('nan')] == [float('nan')])
