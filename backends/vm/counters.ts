// The vm's counters for `pvm run --stats`: instructions, Python calls and
// frames. Instructions are counted in a local of the eval loop and added here
// when an activation returns, yields or raises (measured: within run-to-run noise).
// Invariant: reset at the start of each run (one run per Worker).

export const counters = {
  /** Bytecode instructions executed (a frame's count is added when it returns, yields or raises). */
  instructions: 0,
  /** Calls made by CALL / CALL_KW / CALL_FUNCTION_EX and through the Executor. */
  calls: 0,
  /** Frames allocated: function calls, module and class bodies, generators. */
  frames: 0,
};

export function resetCounters(): void {
  counters.instructions = 0;
  counters.calls = 0;
  counters.frames = 0;
}
