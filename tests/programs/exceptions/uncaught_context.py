def cleanup():
    raise OSError("disk full while cleaning")


try:
    1 / 0
except ZeroDivisionError:
    cleanup()
