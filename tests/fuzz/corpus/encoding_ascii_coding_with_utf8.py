# coding: ascii
print('é')
