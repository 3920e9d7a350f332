def level3(data):
    return data["key"]["sub"]


def level2(data):
    return level3(data) + 1


def level1():
    return level2({"key": {"other": 1}})


level1()
