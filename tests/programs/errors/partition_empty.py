print("start")
"abc".partition("")
