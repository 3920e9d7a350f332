// The open-addressing hash table behind set and frozenset, a transcription of
// CPython 3.11's Objects/setobject.c probing (linear probes of 9, then
// perturbed jumps), fill/resize rules and dummy handling, so that iterating a
// set of ints, floats or tuples visits them in CPython's order.
// Hashes are kept as two uint32 halves, interleaved in one plain array
// (hashes[2i] high, hashes[2i+1] low: one allocation, cheaper than typed
// arrays for the many small sets) so that no bigint is ever built.
// Invariants: keys[i] is EMPTY (undefined), DUMMY or a live key; the hash is
// 0 for EMPTY and -1 (all ones) for DUMMY; fill = live + dummies; fill < size.
import type { PyValue } from './object.js';
import { keyEquals } from './tuple.js';

const LINEAR_PROBES = 9;
const MINSIZE = 8;

/** The hash halves of an n-slot table, all 0. */
function zeros(n: number): number[] {
  // An array literal is the cheapest allocation for the 8-slot table every new set starts with.
  return n === MINSIZE ? [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0] : new Array<number>(2 * n).fill(0);
}

function emptySlots(n: number): Slot[] {
  return n === MINSIZE ? [undefined, undefined, undefined, undefined, undefined, undefined, undefined, undefined]
    : new Array<Slot>(n).fill(undefined);
}

/** Marks a deleted slot (CPython's `dummy`). */
export const DUMMY: unique symbol = Symbol('dummy');
export type Slot = PyValue | typeof DUMMY | undefined;

export class SetTable {
  keys: Slot[] = emptySlots(MINSIZE);
  hashes: number[] = zeros(MINSIZE);
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  /** Where pop() starts searching (CPython's `finger`). */
  finger = 0;

  /** Index of the slot holding a key equal to `key` (whose hash halves are hi, lo), or -1. */
  find(key: PyValue, hi: number, lo: number): number {
    let keys = this.keys;
    let mask = this.mask;
    let i = lo & mask;
    let perturbHi = hi;
    let perturbLo = lo;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = keys[j];
        if (k === undefined) return -1;
        if (this.hashes[2 * j + 1] === lo && this.hashes[2 * j] === hi && k !== DUMMY) {
          if (k === key) return j;
          if (typeof k !== 'string' || typeof key !== 'string') {
            const equal = keyEquals(k, key);
            // An __eq__ that mutated the table: start over, as CPython does.
            if (keys !== this.keys || this.keys[j] !== k) return this.find(key, hi, lo);
            if (equal) return j;
            mask = this.mask;
            keys = this.keys;
          }
        }
        if (probes-- === 0) break;
        j++;
      }
      perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
      perturbHi = perturbHi >>> 5;
      i = (i * 5 + 1 + perturbLo) & mask;
    }
  }

  has(key: PyValue, hi: number, lo: number): boolean {
    return this.find(key, hi, lo) >= 0;
  }

  /** CPython's set_add_entry; returns whether the key was added. */
  add(key: PyValue, hi: number, lo: number): boolean {
    for (;;) {
      const keys = this.keys;
      const mask = this.mask;
      let i = lo & mask;
      let freeslot = -1;
      let perturbHi = hi;
      let perturbLo = lo;
      let restart = false;
      search: for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        for (;;) {
          const k = keys[j];
          if (k === undefined) {
            if (freeslot >= 0) {
              this.used++;
              this.store(freeslot, key, hi, lo);
              return true;
            }
            this.fill++;
            this.used++;
            this.store(j, key, hi, lo);
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return true;
          }
          if (k === DUMMY) {
            freeslot = j;
          } else if (this.hashes[2 * j + 1] === lo && this.hashes[2 * j] === hi) {
            if (k === key) return false;
            if (typeof k !== 'string' || typeof key !== 'string') {
              if (keyEquals(k, key)) return false;
              if (keys !== this.keys || keys[j] !== k) {
                restart = true;
                break search;
              }
            }
          }
          if (probes-- === 0) break;
          j++;
        }
        perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
        perturbHi = perturbHi >>> 5;
        i = (i * 5 + 1 + perturbLo) & mask;
      }
      if (!restart) throw new Error('internal: set probe loop exited without a result');
    }
  }

  private store(j: number, key: PyValue, hi: number, lo: number): void {
    this.keys[j] = key;
    this.hashes[2 * j] = hi;
    this.hashes[2 * j + 1] = lo;
  }

  /** Removes the key at slot `j` (found by `find`). */
  removeAt(j: number): PyValue {
    const key = this.keys[j] as PyValue;
    this.keys[j] = DUMMY;
    this.hashes[2 * j] = 0xffffffff;
    this.hashes[2 * j + 1] = 0xffffffff;
    this.used--;
    return key;
  }

  /** CPython's set_discard_entry; returns whether the key was present. */
  discard(key: PyValue, hi: number, lo: number): boolean {
    const j = this.find(key, hi, lo);
    if (j < 0) return false;
    this.removeAt(j);
    return true;
  }

  /** CPython's set_table_resize: the smallest power of two > minused, rehashing live keys in slot order. */
  resize(minused: number): void {
    let newsize = MINSIZE;
    while (newsize <= minused) newsize *= 2;
    const oldKeys = this.keys;
    const oldHashes = this.hashes;
    if (newsize === MINSIZE && oldKeys.length === MINSIZE && this.fill === this.used) return;
    this.keys = emptySlots(newsize);
    this.hashes = zeros(newsize);
    this.mask = newsize - 1;
    this.fill = this.used;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHashes[2 * j], oldHashes[2 * j + 1]);
    }
  }

  /** CPython's set_insert_clean: places a key known to be absent into a table without dummies. */
  insertClean(key: PyValue, hi: number, lo: number): void {
    const keys = this.keys;
    const mask = this.mask;
    let i = lo & mask;
    let perturbHi = hi;
    let perturbLo = lo;
    for (;;) {
      if (keys[i] === undefined) {
        this.store(i, key, hi, lo);
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (keys[j] === undefined) {
            this.store(j, key, hi, lo);
            return;
          }
        }
      }
      perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
      perturbHi = perturbHi >>> 5;
      i = (i * 5 + 1 + perturbLo) & mask;
    }
  }

  clear(): void {
    this.keys = emptySlots(MINSIZE);
    this.hashes = zeros(MINSIZE);
    this.mask = MINSIZE - 1;
    this.fill = 0;
    this.used = 0;
  }

  /** CPython's set_merge: adds every key of `other`, copying the layout when this table is empty. */
  merge(other: SetTable): void {
    if (other === this || other.used === 0) return;
    if ((this.fill + other.used) * 5 >= this.mask * 3) this.resize((this.used + other.used) * 2);
    if (this.fill === 0 && this.mask === other.mask && other.fill === other.used) {
      this.keys = other.keys.slice();
      this.hashes = other.hashes.slice();
      this.fill = other.fill;
      this.used = other.used;
      return;
    }
    if (this.fill === 0) {
      this.fill = other.used;
      this.used = other.used;
      for (let j = 0; j < other.keys.length; j++) {
        const k = other.keys[j];
        if (k !== undefined && k !== DUMMY) this.insertClean(k, other.hashes[2 * j], other.hashes[2 * j + 1]);
      }
      return;
    }
    for (let j = 0; j < other.keys.length; j++) {
      const k = other.keys[j];
      if (k !== undefined && k !== DUMMY) this.add(k, other.hashes[2 * j], other.hashes[2 * j + 1]);
    }
  }

  /** CPython's set_pop: removes and returns the first live key at or after the finger. */
  pop(): PyValue {
    let j = this.finger & this.mask;
    while (this.keys[j] === undefined || this.keys[j] === DUMMY) {
      j++;
      if (j > this.mask) j = 0;
    }
    this.finger = j + 1;
    return this.removeAt(j);
  }

  /** The live keys in slot (iteration) order. */
  liveKeys(): PyValue[] {
    const out: PyValue[] = [];
    for (const k of this.keys) if (k !== undefined && k !== DUMMY) out.push(k);
    return out;
  }
}
