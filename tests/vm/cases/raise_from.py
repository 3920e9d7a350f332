class ConfigError(Exception):
    pass


def load(text):
    try:
        return int(text)
    except ValueError as e:
        raise ConfigError(f"bad number: {text!r}") from e


print("loading")
load("x1")
