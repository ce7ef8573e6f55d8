print('ok')
# trailing comment without newline