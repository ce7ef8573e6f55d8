print('\q', len('\q'))
