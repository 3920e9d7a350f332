import _geometry
from _geometry import area_circle, Shape as S
import _geometry as geo

print(_geometry.PI, area_circle(2), _geometry.perimeter_square(3))
print(S("tri"), geo is _geometry, _geometry.__name__)
print(sorted(n for n in dir(_geometry) if not n.startswith("__")))
