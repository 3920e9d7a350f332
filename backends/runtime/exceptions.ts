// Python exceptions: the built-in hierarchy (BaseException ... ExceptionGroup)
// as type objects with CPython's attributes, str/repr and constructors.
// How exceptions travel through JS is documented once on PyBaseException in
// object.ts: the exception object itself is thrown.
// Invariant: `raiseError(typeName, message)` raises the built-in type by name.
export { raiseError, raiseWith, PyBaseException } from './object.js';
