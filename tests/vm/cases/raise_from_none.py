def first(items):
    try:
        return items[0]
    except IndexError:
        raise LookupError("empty") from None


first([])
