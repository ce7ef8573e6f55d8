__all__ = ('t_one', 't_two')
t_one = 1
t_two = 2
t_three = 3
