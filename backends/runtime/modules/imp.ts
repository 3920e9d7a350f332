// The native `_imp` module behind lib/importlib: what only the importer can
// do for Python code. exec_source(module) runs a source module's file again
// in the module's own namespace (importlib.reload); a native module stays
// as it is.
import { None, raiseError, type PyValue } from '../object.js';
import { builtinFunction } from '../function.js';
import { registerNativeModule, reloadSource, PyModule } from '../importer.js';

registerNativeModule('_imp', (module) => {
  module.dict.setStr('exec_source', builtinFunction('exec_source', (target: PyValue) => {
    if (!(target instanceof PyModule)) raiseError('TypeError', 'reload() argument must be a module');
    reloadSource(target);
    return None;
  }, { min: 1, max: 1 }));
});
