import { createHash } from "node:crypto";

// Deterministic randomness for demo data: the same seed gives the same data on every machine and every run.
// Math.random is never used.

/** mulberry32: a small, fast 32-bit PRNG; good enough for demo data, not for anything secret. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A 32-bit seed from a string (FNV-1a), e.g. seedOf("candidate", 42). */
export function seedOf(...parts: (string | number)[]): number {
  let h = 0x811c9dc5;
  for (const ch of parts.join("\u0000")) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

export class Rng {
  private readonly next: () => number;

  constructor(seed: number) {
    this.next = mulberry32(seed);
  }

  static of(...parts: (string | number)[]): Rng {
    return new Rng(seedOf(...parts));
  }

  /** [0, 1) */
  float(): number {
    return this.next();
  }

  /** Integer in [min, max], both included. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }

  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error("Rng.pick: empty list");
    return items[Math.floor(this.next() * items.length)];
  }

  /** Picks with weights: [[value, weight], ...]. */
  weighted<T>(pairs: readonly (readonly [T, number])[]): T {
    const total = pairs.reduce((s, [, w]) => s + w, 0);
    let x = this.next() * total;
    for (const [v, w] of pairs) {
      x -= w;
      if (x < 0) return v;
    }
    return pairs[pairs.length - 1][0];
  }

  /** k distinct items, in random order (fewer if the list is shorter). */
  sample<T>(items: readonly T[], k: number): T[] {
    const copy = [...items];
    const out: T[] = [];
    while (out.length < k && copy.length) out.push(copy.splice(Math.floor(this.next() * copy.length), 1)[0]);
    return out;
  }

  /** k distinct items, each draw weighted ([[value, weight], ...]). */
  sampleWeighted<T>(pairs: readonly (readonly [T, number])[], k: number): T[] {
    const pool = [...pairs];
    const out: T[] = [];
    while (out.length < k && pool.length) {
      const v = this.weighted(pool);
      out.push(v);
      pool.splice(pool.findIndex(([x]) => x === v), 1);
    }
    return out;
  }

  /** k distinct items taken mostly from the front of the list (first items are the most typical). */
  sampleFront<T>(items: readonly T[], k: number): T[] {
    return this.sampleWeighted(items.map((v, i) => [v, 1 / (1 + i * 0.35)] as const), k);
  }
}

/**
 * A stable id shaped like a cuid ("c" + 24 lowercase base-36 characters), derived from a name: the same demo row
 * gets the same id on every run, and ids validated as cuids elsewhere in the app accept it.
 */
export function stableId(...parts: (string | number)[]): string {
  const hex = createHash("sha256").update(parts.join(":")).digest("hex");
  return `c${BigInt(`0x${hex.slice(0, 32)}`).toString(36).padStart(25, "0").slice(-24)}`;
}
