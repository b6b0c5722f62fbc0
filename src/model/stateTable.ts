/**
 * The checker's set of seen states: fingerprints stored back to back in one byte arena, found
 * through an open-addressing table of 32-bit slots. A lookup compares the whole fingerprint, so a
 * hash collision costs one extra probe and never merges two different states: verdicts stay
 * exact (no hash compaction, unlike SPIN's bitstate mode). Each state costs its fingerprint
 * (about 2 bytes per CPU field) plus 12 bytes of index and hash and 4-8 bytes of slot.
 */
import type { ByteSink } from './fingerprint';

/** FNV-1a over the fingerprint, with a final avalanche so linear probing spreads well. */
function hashBytes(b: Uint8Array, n: number): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < n; i++) h = Math.imul(h ^ b[i], 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  return (h ^ (h >>> 13)) >>> 0;
}

export class StateTable {
  /** `hash` is replaceable so a test can force every key to collide. */
  constructor(private readonly hash: (b: Uint8Array, n: number) => number = hashBytes) {}

  /** Number of states stored; state ids are 0..size-1 in insertion order. */
  size = 0;
  private bytesArena = new Uint8Array(1 << 16);
  private used = 0;
  private start = new Uint32Array(1 << 12);
  private hashes = new Uint32Array(1 << 12);
  /** Slot → state id + 1 (0 = empty). */
  private slots = new Uint32Array(1 << 13);

  /** The id of the state with this fingerprint, or -1. */
  find(key: ByteSink): number {
    const v = this.slots[this.probe(key, this.hash(key.bytes, key.length))];
    return v - 1;
  }

  /** Adds the fingerprint unless present; returns [id, true when it was new]. */
  insert(key: ByteSink): { id: number; fresh: boolean } {
    const size = this.size;
    const id = this.intern(key);
    return { id, fresh: id === size };
  }

  /** The id of this fingerprint, stored now if it was not yet (no object per call). */
  intern(key: ByteSink): number {
    const h = this.hash(key.bytes, key.length);
    const slot = this.probe(key, h);
    const v = this.slots[slot];
    if (v !== 0) return v - 1;
    const id = this.size++;
    this.store(id, key, h);
    this.slots[slot] = id + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return id;
  }

  /** The byte arena fingerprints are stored in (replaced when it grows: read it afresh). */
  get arena(): Uint8Array {
    return this.bytesArena;
  }

  /** Where state id's fingerprint starts in the arena. */
  startOf(id: number): number {
    return this.start[id];
  }

  /** Bytes held by the table's typed arrays (what a state costs, for the benchmark). */
  get bytes(): number {
    return this.bytesArena.byteLength + this.start.byteLength * 2 + this.slots.byteLength;
  }

  /** The slot holding this fingerprint, or the empty slot where it would go. */
  private probe(key: ByteSink, h: number): number {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = this.slots[slot];
      if (v === 0 || (this.hashes[v - 1] === h && this.same(v - 1, key))) return slot;
    }
  }

  private end(id: number): number {
    return id + 1 < this.size ? this.start[id + 1] : this.used;
  }

  /** Byte-by-byte: fingerprints are a few dozen bytes, too short for subarray() to pay. */
  private same(id: number, key: ByteSink): boolean {
    const from = this.start[id];
    if (this.end(id) - from !== key.length) return false;
    const a = this.bytesArena;
    const b = key.bytes;
    for (let i = 0; i < key.length; i++) if (a[from + i] !== b[i]) return false;
    return true;
  }

  private store(id: number, key: ByteSink, h: number): void {
    if (id >= this.start.length) {
      this.start = grow(this.start, this.start.length * 2);
      this.hashes = grow(this.hashes, this.hashes.length * 2);
    }
    while (this.used + key.length > this.bytesArena.length) {
      const next = new Uint8Array(this.bytesArena.length * 2);
      next.set(this.bytesArena);
      this.bytesArena = next;
    }
    this.start[id] = this.used;
    this.hashes[id] = h;
    const a = this.bytesArena;
    const b = key.bytes;
    for (let i = 0; i < key.length; i++) a[this.used + i] = b[i];
    this.used += key.length;
  }

  private rehash(): void {
    const slots = new Uint32Array(this.slots.length * 2);
    const mask = slots.length - 1;
    for (let id = 0; id < this.size; id++) {
      let slot = this.hashes[id] & mask;
      while (slots[slot] !== 0) slot = (slot + 1) & mask;
      slots[slot] = id + 1;
    }
    this.slots = slots;
  }
}

function grow(a: Uint32Array<ArrayBuffer>, n: number): Uint32Array<ArrayBuffer> {
  const next = new Uint32Array(n);
  next.set(a);
  return next;
}
