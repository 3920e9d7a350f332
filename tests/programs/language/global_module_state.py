CONFIG = {"verbose": False}
calls = []


def log(message):
    if CONFIG["verbose"]:
        calls.append(message)


def enable():
    CONFIG["verbose"] = True


def reset():
    global calls
    calls = []


log("hidden")
enable()
log("shown")
print(calls)
reset()
log("after reset")
print(calls, len(globals()) > 5, "CONFIG" in globals())


def make():
    local_var = 1
    return sorted(locals())


print(make())
