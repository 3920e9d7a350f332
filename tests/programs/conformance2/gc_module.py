# gc: the parts a program can observe (collect, enable/disable, thresholds, is_tracked).
import gc
print(gc.collect(), gc.isenabled()); gc.disable(); print(gc.isenabled()); gc.enable(); print(gc.get_threshold(), gc.is_tracked(1), gc.is_tracked([]), gc.is_tracked({}), gc.garbage, gc.get_count.__name__)
import gc
print(gc.is_tracked({1: 2}), gc.is_tracked({1: []}), gc.is_tracked(object()), gc.is_tracked("s"))
