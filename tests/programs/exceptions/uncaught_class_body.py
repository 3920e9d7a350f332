print("defining")


class Broken:
    limit = 10
    ratio = limit / 0
