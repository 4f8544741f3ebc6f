/**
 * Seeded randomness. One scenario seed, split into independent named streams (arrivals of each
 * source, durations of each function, failures, placement…) so that adding a source does not
 * reshuffle the others. Generator: sfc32 (Small Fast Counting, 32-bit state ×4), seeded by
 * hashing (seed, stream name) with cyrb128; never an unseeded generator.
 */

/** A stream of uniform numbers in [0, 1). */
export interface Rng {
  next(): number;
}

function cyrb128(text: string): [number, number, number, number] {
  let h1 = 1779033703;
  let h2 = 3144134277;
  let h3 = 1013904242;
  let h4 = 2773480762;
  for (let i = 0; i < text.length; i += 1) {
    const k = text.charCodeAt(i);
    h1 = h2 ^ Math.imul(h1 ^ k, 597399067);
    h2 = h3 ^ Math.imul(h2 ^ k, 2869860233);
    h3 = h4 ^ Math.imul(h3 ^ k, 951274213);
    h4 = h1 ^ Math.imul(h4 ^ k, 2716044179);
  }
  h1 = Math.imul(h3 ^ (h1 >>> 18), 597399067);
  h2 = Math.imul(h4 ^ (h2 >>> 22), 2869860233);
  h3 = Math.imul(h1 ^ (h3 >>> 17), 951274213);
  h4 = Math.imul(h2 ^ (h4 >>> 19), 2716044179);
  h1 ^= h2 ^ h3 ^ h4;
  h2 ^= h1;
  h3 ^= h1;
  h4 ^= h1;
  return [h1 >>> 0, h2 >>> 0, h3 >>> 0, h4 >>> 0];
}

class Sfc32 implements Rng {
  constructor(
    private a: number,
    private b: number,
    private c: number,
    private d: number,
  ) {
    for (let i = 0; i < 12; i += 1) this.next();
  }

  next(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return (t >>> 0) / 4294967296;
  }
}

/** The independent stream called `name` of the scenario seeded with `seed`. */
export function rngStream(seed: number, name: string): Rng {
  const [a, b, c, d] = cyrb128(`${seed}\u0000${name}`);
  return new Sfc32(a, b, c, d);
}

/** Hands out named streams of one seed; asking twice for a name gives the same stream. */
export class RngStreams {
  private readonly streams = new Map<string, Rng>();
  constructor(readonly seed: number) {}

  get(name: string): Rng {
    let stream = this.streams.get(name);
    if (!stream) {
      stream = rngStream(this.seed, name);
      this.streams.set(name, stream);
    }
    return stream;
  }
}

/** An exponential draw of mean `mean` (mean 0 gives 0). */
export function exponential(rng: Rng, mean: number): number {
  return -Math.log(1 - rng.next()) * mean;
}

/** A standard normal draw (Box–Muller; one of the pair is discarded for simplicity). */
export function standardNormal(rng: Rng): number {
  const u = 1 - rng.next();
  const v = rng.next();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}
