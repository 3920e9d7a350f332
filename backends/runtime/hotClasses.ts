// The JS classes whose construction dominates allocation in object-heavy
// programs (bound methods, instance dicts, lists, tuples, sets, for-loop
// iterators), each registered for its own copy of PyObject's field stores
// (see registerHotClass in object.ts). index.ts imports this once every
// built-in type is loaded; the list is a measured choice, not a semantic one.
import { registerHotClass } from './object.js';
import { PyMethod } from './function.js';
import { PyDict } from './dict.js';
import { PyList, ListIterator } from './list.js';
import { PyTuple, TupleIterator } from './tuple.js';
import { PySet } from './set.js';
import { RangeIterator } from './range.js';

for (const cls of [PyMethod, PyDict, PyList, PyTuple, ListIterator, TupleIterator, RangeIterator, PySet]) registerHotClass(cls);
