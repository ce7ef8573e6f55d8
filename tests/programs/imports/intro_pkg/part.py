PART = "part"
