import _helper_errors

try:
    _helper_errors.fail("inner")
except _helper_errors.HelperError as e:
    print("caught", type(e).__name__, e)
_helper_errors.fail("outer")
