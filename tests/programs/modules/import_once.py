import _config
import _config as again
from _config import bump

print(_config is again)
print(bump(), bump(), _config.loads)
_config.settings["debug"] = True
import _config
print(_config.settings)
import sys
print("_config" in sys.modules, sys.modules["_config"] is _config)
