import types
class S:
    __slots__=("a",)
class D: pass
print(types.MemberDescriptorType, types.GetSetDescriptorType, isinstance(S.a, types.MemberDescriptorType), isinstance(D.__dict__["__dict__"], types.GetSetDescriptorType), types.GetSetDescriptorType is type(types.FunctionType.__code__))
