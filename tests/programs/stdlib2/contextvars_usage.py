import contextvars

request_id = contextvars.ContextVar("request_id", default="none")
user = contextvars.ContextVar("user")
print(request_id.name, request_id.get(), user.get("fallback"))
try:
    user.get()
except LookupError as e:
    print("LookupError", type(e.args[0]).__name__, e.args[0].name)

tok = request_id.set("r1")
print(request_id.get(), tok.var is request_id, tok.old_value is contextvars.Token.MISSING)
print(repr(contextvars.Token.MISSING))
tok2 = request_id.set("r2")
print(request_id.get(), tok2.old_value)
request_id.reset(tok2)
print(request_id.get())
try:
    request_id.reset(tok2)
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("<Token used var="))
try:
    user.reset(tok)
except ValueError as e:
    print("ValueError", str(e).endswith("was created by a different ContextVar"))
request_id.reset(tok)
print(request_id.get())

ctx = contextvars.copy_context()
user.set("alice")
print(user in ctx, user in contextvars.copy_context(), len(ctx))


def handler(name):
    user.set(name)
    request_id.set("inner")
    return f"{user.get()}:{request_id.get()}"


print(ctx.run(handler, "bob"))
print(user.get(), request_id.get(), ctx[user], ctx.get(request_id), ctx.get(contextvars.ContextVar("x"), 0))
print(sorted(v.name for v in ctx), sorted(ctx.values()), len(ctx.items()))
try:
    ctx.run(lambda: ctx.run(print))
except RuntimeError as e:
    print("RuntimeError", str(e).startswith("cannot enter context:"))

fresh = contextvars.Context()
print(len(fresh), fresh.run(user.get, "unset"))
try:
    fresh[1]
except TypeError as e:
    print(e)
try:
    class Sub(contextvars.ContextVar):
        pass
except TypeError as e:
    print(e)
try:
    contextvars.Token()
except RuntimeError as e:
    print(e)
inner = contextvars.copy_context()


def nested():
    tok = user.set("temp")
    return tok


t = inner.run(nested)
try:
    user.reset(t)
except ValueError as e:
    print("ValueError", str(e).endswith("was created in a different Context"))
print(inner[user], user.get())
