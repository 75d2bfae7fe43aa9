/** A seeded pseudo-random source: the same seed gives the same run, so a failure can be replayed. */
export interface Prng {
  /** A number in [0, 1). */
  next(): number;
  int(below: number): number;
  pick<T>(items: readonly T[]): T;
  chance(p: number): boolean;
  /** A version-4 UUID that no row has: an unknown foreign key. */
  uuid(): string;
  shuffle<T>(items: readonly T[]): T[];
}

// mulberry32: tiny, fast and good enough to spread inputs; not for secrets.
export function createPrng(seed: number): Prng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (below: number) => Math.floor(next() * below);
  const hex = (n: number) => Array.from({ length: n }, () => int(16).toString(16)).join("");
  return {
    next,
    int,
    pick: (items) => items[int(items.length)] as (typeof items)[number],
    chance: (p) => next() < p,
    uuid: () => `${hex(8)}-${hex(4)}-4${hex(3)}-${"89ab"[int(4)]}${hex(3)}-${hex(12)}`,
    shuffle(items) {
      const out = [...items];
      for (let i = out.length - 1; i > 0; i -= 1) {
        const j = int(i + 1);
        [out[i], out[j]] = [out[j] as (typeof out)[number], out[i] as (typeof out)[number]];
      }
      return out;
    },
  };
}

/** FUZZ_SEED from the environment, else the fixed seed: a standing test must fail the same way twice. */
export function fuzzSeed(env: Record<string, string | undefined> = process.env, fallback = 20261203): number {
  const given = Number(env.FUZZ_SEED);
  return env.FUZZ_SEED && Number.isSafeInteger(given) ? given : fallback;
}
