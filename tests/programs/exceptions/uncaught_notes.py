# Notes added with add_note() print under the exception's last line.
def parse(text):
    try:
        return int(text)
    except ValueError as e:
        e.add_note(f'while parsing {text!r}')
        raise


try:
    parse('x1')
except ValueError as e:
    print('caught', e, e.__notes__)
err = KeyError('missing')
err.add_note('first note')
err.add_note('second note')
raise err
