print(len[0])
