// Attaches CPython 3.11's docstrings (builtinDocs.ts, generated) to the
// builtins classes and to the methods and descriptors in their namespaces,
// once every built-in type has registered its members (index.ts calls it).
// A docstring already given in TypeScript is kept; members pvm defines
// differently from CPython (a plain value where CPython has a descriptor) are skipped.
import { builtinTypes, None } from './object.js';
import { PyBuiltinFunction } from './function.js';
import { GetSetDescriptor, MemberDescriptor, ClassMethodDescriptor, StaticMethodDescriptor } from './type.js';
import { DOC_STRINGS, TYPE_DOCS, MEMBER_DOCS } from './builtinDocs.js';

export function installBuiltinDocs(): void {
  // Every type has its own __doc__ (None without one), so its instances never show object's.
  for (const t of builtinTypes.values()) if (!t.attrs.has('__doc__')) t.attrs.set('__doc__', None);
  for (const [name, index] of Object.entries(TYPE_DOCS)) {
    const t = builtinTypes.get(name);
    if (t === undefined || t.module !== 'builtins' || name === 'type') continue;
    const own = t.attrs.get('__doc__');
    if (own === undefined || own === None) t.attrs.set('__doc__', DOC_STRINGS[index]);
  }
  for (const [name, members] of Object.entries(MEMBER_DOCS)) {
    const t = builtinTypes.get(name);
    if (t === undefined || t.module !== 'builtins') continue;
    for (const [member, index] of Object.entries(members)) {
      const doc = DOC_STRINGS[index];
      const v = t.attrs.get(member);
      if (v instanceof PyBuiltinFunction) v.doc ??= doc;
      else if (v instanceof GetSetDescriptor || v instanceof MemberDescriptor) v.doc ??= doc;
      else if (v instanceof ClassMethodDescriptor || v instanceof StaticMethodDescriptor) v.func.doc ??= doc;
    }
  }
}
