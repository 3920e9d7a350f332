class HelperError(Exception):
    pass


def fail(what):
    raise HelperError(what)
