// The runtime's public surface: importing this module loads every built-in
// type (so their methods are registered) in an order free of import-cycle
// hazards, wires `__build_class__` into builtins, and re-exports the API the
// backends use. Backends import it once before running a program.
// Invariant: the object-model core (object, function, type, abstract) loads
// before any module that registers methods on the built-in types.
import { None, NotImplemented, Ellipsis } from './object.js';
import './function.js';
import './type.js';
import './abstract.js';
import './exceptions.js';
import './descriptors.js';
import './classes.js';
import './generator.js';
import './intMethods.js';
import './floatMethods.js';
import './complexMethods.js';
import './strMethods.js';
import './bytes.js';
import './tuple.js';
import './list.js';
import './dict.js';
import './set.js';
import './range.js';
import './slice.js';
import './iterators.js';
import './genericAlias.js';
import * as fastPaths from './fastpaths.js';
import { installContainerFastPaths } from './abstract.js';
import { registerBuiltin } from './builtins.js';
import { builtinTypes } from './object.js';
import { buildClassFunction } from './classes.js';
import { genericAliasType, makeGeneric } from './genericAlias.js';
import { installUnionOperators } from './union.js';
import { enumerateType } from './iterators.js';
import { chainType } from './itertools.js';
import { mappingProxyType } from './classes.js';
import { asyncGeneratorType } from './generator.js';
import { exceptionType } from './exceptions.js';
import { installBuiltinDocs } from './typeDocs.js';

installContainerFastPaths(fastPaths);
installUnionOperators(genericAliasType);
// Generic in CPython too; their modules may load after genericAlias.ts.
for (const t of [enumerateType, chainType, mappingProxyType, asyncGeneratorType, exceptionType('BaseExceptionGroup')]) makeGeneric(t);
registerBuiltin('__build_class__', buildClassFunction);
installBuiltinDocs();
// Python 3's aliases of OSError.
registerBuiltin('IOError', builtinTypes.get('OSError')!);
registerBuiltin('EnvironmentError', builtinTypes.get('OSError')!);

export * from './object.js';
export {
  PyFunction, PyBuiltinFunction, PyMethod, PyCell, bindArguments, parameterCount, builtinFunction, builtinFunctionRaw,
  type NativeSignature, type RawFn,
} from './function.js';
export {
  defineBuiltinType, method, methodRaw, classMethod, staticMethod, staticNew, getter, classAttr, NativeDescriptor,
} from './type.js';
export * as ops from './abstract.js';
export { PyProperty, PyClassMethod, PyStaticMethod, PySuper } from './descriptors.js';
export { typeCall, typeNew, buildClass, mangle } from './classes.js';
export { PyUnion, unionOr } from './union.js';
export { PyGenerator, newGeneratorObject, sendTo, yieldFromIter, getAwaitable } from './generator.js';
export { exceptionType, newException, raiseKeyError, raiseStopIteration, splitExceptionGroup, exceptStarMatcher } from './exceptions.js';
export { state, installExecutor, type Executor, type GeneratorFrame } from './interpreter.js';
export const singletons = { None, NotImplemented, Ellipsis };
