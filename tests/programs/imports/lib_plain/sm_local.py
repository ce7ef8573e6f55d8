print("sm_local: body executing")
THING = "sm_local.THING"


def helper():
    return "sm_local.helper"
