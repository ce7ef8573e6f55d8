print("sm_counter: body executing")
state = []
