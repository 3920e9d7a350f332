// The stable sort behind list.sort and sorted(): a merge sort that, like
// CPython's timsort, compares only with `<` (the caller's `lessThan`) and keeps
// equal elements in their original order; already ordered inputs cost n-1
// comparisons. Invariant: a comparison that throws leaves `items` holding
// every original element once (CPython keeps the list a permutation too).

/** Sorts `keys` in place by `lessThan` and applies the same permutation to `values` (when given). */
export function stableSort<K, V>(keys: K[], values: V[] | null, lessThan: (a: K, b: K) => boolean): void {
  const n = keys.length;
  if (n < 2) return;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  const scratch = new Array<number>(n);
  try {
    mergeSort(order, scratch, 0, n, keys, lessThan);
  } finally {
    // Apply whatever permutation `order` holds: on an exception it is still a
    // permutation because merges write back only complete runs.
    const sortedKeys = order.map((i) => keys[i]);
    for (let i = 0; i < n; i++) keys[i] = sortedKeys[i];
    if (values !== null) {
      const sortedValues = order.map((i) => values[i]);
      for (let i = 0; i < n; i++) values[i] = sortedValues[i];
    }
  }
}

const INSERTION_LIMIT = 16;

function mergeSort<K>(order: number[], scratch: number[], lo: number, hi: number, keys: K[], lessThan: (a: K, b: K) => boolean): void {
  if (hi - lo <= INSERTION_LIMIT) {
    binaryInsertionSort(order, lo, hi, keys, lessThan);
    return;
  }
  const mid = (lo + hi) >>> 1;
  mergeSort(order, scratch, lo, mid, keys, lessThan);
  mergeSort(order, scratch, mid, hi, keys, lessThan);
  // Already in order: the right half's first element is not less than the left's last.
  if (!lessThan(keys[order[mid]], keys[order[mid - 1]])) return;
  for (let i = lo; i < mid; i++) scratch[i] = order[i];
  let i = lo;
  let j = mid;
  let k = lo;
  try {
    while (i < mid && j < hi) {
      // Take from the right only when strictly less: this keeps the sort stable.
      if (lessThan(keys[order[j]], keys[scratch[i]])) order[k++] = order[j++];
      else order[k++] = scratch[i++];
    }
  } finally {
    while (i < mid) order[k++] = scratch[i++];
  }
}

function binaryInsertionSort<K>(order: number[], lo: number, hi: number, keys: K[], lessThan: (a: K, b: K) => boolean): void {
  for (let start = lo + 1; start < hi; start++) {
    const pivot = order[start];
    const pivotKey = keys[pivot];
    let left = lo;
    let right = start;
    while (left < right) {
      const mid = (left + right) >>> 1;
      if (lessThan(pivotKey, keys[order[mid]])) right = mid;
      else left = mid + 1;
    }
    for (let p = start; p > left; p--) order[p] = order[p - 1];
    order[left] = pivot;
  }
}
