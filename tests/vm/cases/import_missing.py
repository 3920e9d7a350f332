try:
    import no_such_module_here
except ImportError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper_errors import nothing_named_so
except ImportError as e:
    print(type(e).__name__, str(e).split(" (")[0])
from _helper_errors import HelperError
print(HelperError.__name__, HelperError.__module__)
import os_path_does_not_exist
