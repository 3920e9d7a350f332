settings = {"debug": False, "level": 1}
loads = 0


def bump():
    global loads
    loads += 1
    return loads
