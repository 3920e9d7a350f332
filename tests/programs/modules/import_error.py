try:
    import _does_not_exist
except ModuleNotFoundError as e:
    print("ModuleNotFoundError:", e, e.name)
try:
    from _geometry import not_there
except ImportError as e:
    print("ImportError:", str(e).split(" (")[0], e.name)
import _faulty
try:
    _faulty.explode(0)
except ValueError as e:
    print("ValueError:", e)
print(_faulty.explode(4))
