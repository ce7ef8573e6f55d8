print("err_pkg.broken: body runs")
import err_pkg_missing_dependency
