print("before import")
import _no_such_module_here
