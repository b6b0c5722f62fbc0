/**
 * The checker's set of seen states: fingerprints stored back to back in one byte arena, found
 * through an open-addressing table of 32-bit slots. A lookup compares the whole fingerprint, so a
 * hash collision costs one extra probe and never merges two different states: verdicts stay
 * exact (no hash compaction, unlike SPIN's bitstate mode). Each state costs its fingerprint
 * (about 2 bytes per CPU field) plus 12 bytes of index and hash and 4-8 bytes of slot.
 */
import { compareBytes, type ByteSink } from './fingerprint';

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
  private arena = new Uint8Array(1 << 16);
  private used = 0;
  private start = new Uint32Array(1 << 12);
  private hashes = new Uint32Array(1 << 12);
  /** Slot → state id + 1 (0 = empty). */
  private slots = new Uint32Array(1 << 13);

  /** The id of the state with this fingerprint, or -1. */
  find(key: ByteSink): number {
    return this.probe(key, this.hash(key.bytes, key.length)).id;
  }

  /** Adds the fingerprint unless present; returns [id, true when it was new]. */
  insert(key: ByteSink): { id: number; fresh: boolean } {
    const h = this.hash(key.bytes, key.length);
    const found = this.probe(key, h);
    if (found.id >= 0) return { id: found.id, fresh: false };
    const id = this.size++;
    this.store(id, key, h);
    this.slots[found.slot] = id + 1;
    if (this.size * 2 > this.slots.length) this.rehash();
    return { id, fresh: true };
  }

  /** Bytes held by the table's typed arrays (what a state costs, for the benchmark). */
  get bytes(): number {
    return this.arena.byteLength + this.start.byteLength * 2 + this.slots.byteLength;
  }

  private probe(key: ByteSink, h: number): { id: number; slot: number } {
    const mask = this.slots.length - 1;
    for (let slot = h & mask; ; slot = (slot + 1) & mask) {
      const v = this.slots[slot];
      if (v === 0) return { id: -1, slot };
      if (this.hashes[v - 1] === h && this.same(v - 1, key)) return { id: v - 1, slot };
    }
  }

  private same(id: number, key: ByteSink): boolean {
    const from = this.start[id];
    const to = id + 1 < this.size ? this.start[id + 1] : this.used;
    return compareBytes(this.arena.subarray(from, to), to - from, key.bytes, key.length) === 0;
  }

  private store(id: number, key: ByteSink, h: number): void {
    if (id >= this.start.length) {
      this.start = grow(this.start, this.start.length * 2);
      this.hashes = grow(this.hashes, this.hashes.length * 2);
    }
    while (this.used + key.length > this.arena.length) {
      const next = new Uint8Array(this.arena.length * 2);
      next.set(this.arena);
      this.arena = next;
    }
    this.start[id] = this.used;
    this.hashes[id] = h;
    this.arena.set(key.bytes.subarray(0, key.length), this.used);
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
