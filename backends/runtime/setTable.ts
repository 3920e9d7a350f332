// The open-addressing hash table behind set and frozenset, a transcription of
// CPython 3.11's Objects/setobject.c probing (linear probes of 9, then
// perturbed jumps), fill/resize rules and dummy handling, so that iterating a
// set of ints, floats or tuples visits them in CPython's order.
// Invariants: keys[i] is EMPTY (undefined), DUMMY or a live key; hashes[i] is 0
// for EMPTY and -1 for DUMMY; fill = live + dummies; fill < size always.
import type { PyValue } from './object.js';
import { HashValue, hashHigh, hashLow } from './hash64.js';
import { pyEq } from './abstract.js';

const LINEAR_PROBES = 9;
const MINSIZE = 8;

/** Marks a deleted slot (CPython's `dummy`). */
export const DUMMY: unique symbol = Symbol('dummy');
export type Slot = PyValue | typeof DUMMY | undefined;

export class SetTable {
  keys: Slot[] = new Array<Slot>(MINSIZE).fill(undefined);
  hashes: HashValue[] = new Array<HashValue>(MINSIZE).fill(0);
  mask = MINSIZE - 1;
  fill = 0;
  used = 0;
  /** Where pop() starts searching (CPython's `finger`). */
  finger = 0;

  /** Index of the slot holding a key equal to `key`, or -1. */
  find(key: PyValue, hash: HashValue): number {
    let keys = this.keys;
    let mask = this.mask;
    let i = hashLow(hash) & mask;
    let perturbHi = 0;
    let perturbLo = 0;
    let perturbReady = false;
    for (;;) {
      let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
      let j = i;
      for (;;) {
        const k = keys[j];
        if (k === undefined) return -1;
        if (this.hashes[j] === hash && k !== DUMMY) {
          if (k === key) return j;
          if (typeof k !== 'string' || typeof key !== 'string') {
            const equal = pyEq(k, key);
            // An __eq__ that mutated the table: start over, as CPython does.
            if (keys !== this.keys || this.keys[j] !== k) return this.find(key, hash);
            if (equal) return j;
            mask = this.mask;
            keys = this.keys;
          }
        }
        if (probes-- === 0) break;
        j++;
      }
      if (!perturbReady) {
        perturbHi = hashHigh(hash);
        perturbLo = hashLow(hash);
        perturbReady = true;
      }
      perturbLo = ((perturbLo >>> 5) | (perturbHi << 27)) >>> 0;
      perturbHi = perturbHi >>> 5;
      i = (i * 5 + 1 + perturbLo) & mask;
    }
  }

  has(key: PyValue, hash: HashValue): boolean {
    return this.find(key, hash) >= 0;
  }

  /** CPython's set_add_entry; returns whether the key was added. */
  add(key: PyValue, hash: HashValue): boolean {
    for (;;) {
      const keys = this.keys;
      const mask = this.mask;
      let i = hashLow(hash) & mask;
      let freeslot = -1;
      let perturbHi = hashHigh(hash);
      let perturbLo = hashLow(hash);
      let restart = false;
      search: for (;;) {
        let probes = i + LINEAR_PROBES <= mask ? LINEAR_PROBES : 0;
        let j = i;
        for (;;) {
          const k = keys[j];
          const h = this.hashes[j];
          if (k === undefined) {
            if (freeslot >= 0) {
              this.used++;
              keys[freeslot] = key;
              this.hashes[freeslot] = hash;
              return true;
            }
            this.fill++;
            this.used++;
            keys[j] = key;
            this.hashes[j] = hash;
            if (this.fill * 5 >= mask * 3) this.resize(this.used > 50000 ? this.used * 2 : this.used * 4);
            return true;
          }
          if (h === hash && k !== DUMMY) {
            if (k === key) return false;
            if (typeof k !== 'string' || typeof key !== 'string') {
              const equal = pyEq(k, key);
              if (equal) return false;
              if (keys !== this.keys || keys[j] !== k) {
                restart = true;
                break search;
              }
            }
          } else if (k === DUMMY) {
            freeslot = j;
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

  /** Removes the key at slot `j` (found by `find`). */
  removeAt(j: number): PyValue {
    const key = this.keys[j] as PyValue;
    this.keys[j] = DUMMY;
    this.hashes[j] = -1;
    this.used--;
    return key;
  }

  /** CPython's set_discard_entry; returns whether the key was present. */
  discard(key: PyValue, hash: HashValue): boolean {
    const j = this.find(key, hash);
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
    this.keys = new Array<Slot>(newsize).fill(undefined);
    this.hashes = new Array<HashValue>(newsize).fill(0);
    this.mask = newsize - 1;
    this.fill = this.used;
    for (let j = 0; j < oldKeys.length; j++) {
      const k = oldKeys[j];
      if (k !== undefined && k !== DUMMY) this.insertClean(k, oldHashes[j]);
    }
  }

  /** CPython's set_insert_clean: places a key known to be absent into a table without dummies. */
  insertClean(key: PyValue, hash: HashValue): void {
    const keys = this.keys;
    const mask = this.mask;
    let i = hashLow(hash) & mask;
    let perturbHi = hashHigh(hash);
    let perturbLo = hashLow(hash);
    for (;;) {
      if (keys[i] === undefined) {
        keys[i] = key;
        this.hashes[i] = hash;
        return;
      }
      if (i + LINEAR_PROBES <= mask) {
        for (let j = i + 1; j <= i + LINEAR_PROBES; j++) {
          if (keys[j] === undefined) {
            keys[j] = key;
            this.hashes[j] = hash;
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
    this.keys = new Array<Slot>(MINSIZE).fill(undefined);
    this.hashes = new Array<HashValue>(MINSIZE).fill(0);
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
        if (k !== undefined && k !== DUMMY) this.insertClean(k, other.hashes[j]);
      }
      return;
    }
    for (let j = 0; j < other.keys.length; j++) {
      const k = other.keys[j];
      if (k !== undefined && k !== DUMMY) this.add(k, other.hashes[j]);
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
