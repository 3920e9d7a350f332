// What runs when a program ends: the functions registered with `atexit`, if
// the program imported it (its _run_exitfuncs reports their exceptions the
// way CPython does), then the finalizers of what __main__ still holds
// (finalizers.ts). A failure of the hooks themselves is not the program's
// error and never changes the exit status.
import { PyBaseException, type StrDict } from './object.js';
import * as rt from './abstract.js';
import { finalizeMainModule } from './finalizers.js';

/** Runs atexit's registered functions and the finalizers (after the main module ended and any traceback was printed). */
export function runExitHooks(modules: StrDict): void {
  const atexit = modules.getStr('atexit');
  if (atexit !== undefined) {
    try {
      rt.callMethod(atexit, '_run_exitfuncs');
    } catch (error) {
      if (!(error instanceof PyBaseException)) throw error;
    }
  }
  try {
    finalizeMainModule(modules);
  } catch (error) {
    if (!(error instanceof PyBaseException)) throw error;
  }
}
