print("err_pkg.beyond: about to import three levels up")
from ... import anything
