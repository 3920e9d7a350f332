// Loads the Python-visible methods of the number, string and bytes types
// (int, bool, float, complex, str, bytes, bytearray) onto their type objects.
// Importing this module once, before any Python code runs, is all a runtime
// entry point needs to do; the semantics live in int.ts, float.ts, str.ts, ...
import './intMethods.js';
import './floatMethods.js';
import './complexMethods.js';
import './strMethods.js';
import './bytesMethods.js';
