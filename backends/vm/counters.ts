// The vm's counters for `pvm run --stats`: Python calls and frames. Both are
// counted per call, never per instruction, so counting costs nothing measurable.
// Invariant: reset at the start of each run (one run per Worker).

export const counters = {
  /** Calls made by CALL / CALL_KW / CALL_FUNCTION_EX and through the Executor. */
  calls: 0,
  /** Frames allocated: function calls, module and class bodies, generators. */
  frames: 0,
};

export function resetCounters(): void {
  counters.calls = 0;
  counters.frames = 0;
}
