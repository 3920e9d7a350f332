// The native modules `import` finds before searching sys.path: importing this
// file registers them all (each module file calls registerNativeModule).
// sys is not listed: each run creates it with the run's streams and argv.
import './time.js';
import './math.js';
import '../deque.js';
import '../itertools.js';
import './traceback.js';
import './imp.js';
import '../memoryview.js';
import '../codecs.js';
