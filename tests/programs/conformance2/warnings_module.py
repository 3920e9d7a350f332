# warnings: filters, once/default/always/error, catch_warnings(record=True), formatwarning.
import warnings
def old_api():
    warnings.warn("old_api is deprecated", DeprecationWarning, stacklevel=2)
    return 1
def risky():
    warnings.warn("be careful")
print(old_api())
for i in range(3):
    risky()
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    risky(); risky(); old_api()
    warnings.warn(RuntimeWarning("direct"))
print(len(caught), [w.category.__name__ for w in caught], str(caught[0].message), caught[2].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        risky()
    except UserWarning as e:
        print("raised", repr(e))
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="be")
    risky()
    print("ignored")
with warnings.catch_warnings(record=True) as w2:
    warnings.simplefilter("once")
    for _ in range(3):
        warnings.warn("same", UserWarning)
    print(len(w2))
try:
    warnings.warn("x", int)
except TypeError as e:
    print("TypeError", e)
warnings.warn("at module level", FutureWarning)
print(warnings.formatwarning("msg", UserWarning, "file.py", 10, "  code  "))
