/**
 * An immutable map of values by `id` that remembers insertion order, with structural sharing, so
 * one batch of updates costs O(batch), not O(size): values sit in fixed-size chunks by insertion
 * sequence number, and the id → sequence index is split into hash buckets. An edit copies only
 * the chunks and buckets it touches (each at most once per edit).
 *
 * Only the oldest values can be removed (`evictOldest`), so sequence numbers have no holes and
 * `atNewest(i)` is O(1): a virtual list can show the newest-first order without sorting.
 */
const chunkBits = 10;
const chunkSize = 1 << chunkBits;
const bucketCount = 8192;

type Chunk<V> = V[];
type Bucket = Map<string, number>;

interface Parts<V> {
  /** chunks[k] holds sequence numbers [(chunkBase + k) · chunkSize, …). */
  chunks: readonly Chunk<V>[];
  chunkBase: number;
  firstSeq: number;
  nextSeq: number;
  buckets: readonly (Bucket | undefined)[];
}

function bucketOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i += 1) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) & (bucketCount - 1);
}

export class OrderedStore<V extends { readonly id: string }> {
  static empty<V extends { readonly id: string }>(): OrderedStore<V> {
    return new OrderedStore<V>({ chunks: [], chunkBase: 0, firstSeq: 0, nextSeq: 0, buckets: [] });
  }

  /** @internal use `OrderedStore.empty()` and `edit()`. */
  constructor(readonly parts: Parts<V>) {}

  get size(): number {
    return this.parts.nextSeq - this.parts.firstSeq;
  }

  get(id: string): V | undefined {
    const seq = this.parts.buckets[bucketOf(id)]?.get(id);
    return seq === undefined ? undefined : this.slot(seq);
  }

  has(id: string): boolean {
    return this.get(id) !== undefined;
  }

  /** The i-th newest value (0 = the newest), or undefined out of range. */
  atNewest(index: number): V | undefined {
    if (index < 0 || index >= this.size) return undefined;
    return this.slot(this.parts.nextSeq - 1 - index);
  }

  /** Visits values newest first until `visit` returns false. No allocation per value. */
  forEachNewestFirst(visit: (value: V) => boolean | void): void {
    const { chunks, chunkBase, firstSeq, nextSeq } = this.parts;
    for (let seq = nextSeq - 1; seq >= firstSeq; ) {
      const chunk = chunks[(seq >> chunkBits) - chunkBase];
      const chunkStart = (seq >> chunkBits) << chunkBits;
      const stop = Math.max(firstSeq, chunkStart);
      for (; seq >= stop; seq -= 1) {
        const value = chunk?.[seq - chunkStart];
        if (value !== undefined && visit(value) === false) return;
      }
    }
  }

  /** Values oldest first (insertion order, like a Map). */
  *values(): IterableIterator<V> {
    for (let seq = this.parts.firstSeq; seq < this.parts.nextSeq; seq += 1) {
      const value = this.slot(seq);
      if (value !== undefined) yield value;
    }
  }

  /** `[id, value]` pairs oldest first, like a Map. */
  *[Symbol.iterator](): IterableIterator<[string, V]> {
    for (const value of this.values()) yield [value.id, value];
  }

  *keys(): IterableIterator<string> {
    for (const value of this.values()) yield value.id;
  }

  edit(): StoreDraft<V> {
    return new StoreDraft(this);
  }

  private slot(seq: number): V | undefined {
    const { chunks, chunkBase, firstSeq, nextSeq } = this.parts;
    if (seq < firstSeq || seq >= nextSeq) return undefined;
    return chunks[(seq >> chunkBits) - chunkBase]?.[seq & (chunkSize - 1)];
  }
}

/**
 * A set of changes to one store; `finish()` makes the new store (or returns the original when
 * nothing changed). The original is never modified.
 */
export class StoreDraft<V extends { readonly id: string }> {
  private readonly ownedChunks = new Set<Chunk<V>>();
  private readonly ownedBuckets = new Set<Bucket>();
  private chunks: Chunk<V>[] | undefined;
  private buckets: (Bucket | undefined)[] | undefined;
  private chunkBase: number;
  private firstSeq: number;
  private nextSeq: number;

  constructor(private readonly original: OrderedStore<V>) {
    ({ chunkBase: this.chunkBase, firstSeq: this.firstSeq, nextSeq: this.nextSeq } = original.parts);
  }

  get size(): number {
    return this.nextSeq - this.firstSeq;
  }

  get(id: string): V | undefined {
    const seq = this.bucketsNow()[bucketOf(id)]?.get(id);
    return seq === undefined ? undefined : this.chunksNow()[(seq >> chunkBits) - this.chunkBase]?.[seq & (chunkSize - 1)];
  }

  /** Replaces the value with the same id in place, or appends it as the newest. */
  set(value: V): void {
    const bucketIndex = bucketOf(value.id);
    const seq = this.bucketsNow()[bucketIndex]?.get(value.id);
    if (seq !== undefined) {
      this.writableChunk((seq >> chunkBits) - this.chunkBase)[seq & (chunkSize - 1)] = value;
      return;
    }
    const appended = this.nextSeq;
    this.nextSeq += 1;
    const chunkIndex = (appended >> chunkBits) - this.chunkBase;
    const chunks = this.writableChunks();
    if (chunkIndex === chunks.length) {
      const chunk: Chunk<V> = [];
      chunks.push(chunk);
      this.ownedChunks.add(chunk);
    }
    this.writableChunk(chunkIndex)[appended & (chunkSize - 1)] = value;
    this.writableBucket(bucketIndex).set(value.id, appended);
  }

  /** Removes the `count` oldest values and returns them (oldest first). */
  evictOldest(count: number): V[] {
    const evicted: V[] = [];
    if (count <= 0 || this.size === 0) return evicted;
    const chunks = this.writableChunks();
    while (evicted.length < count && this.firstSeq < this.nextSeq) {
      const seq = this.firstSeq;
      const value = chunks[(seq >> chunkBits) - this.chunkBase]?.[seq & (chunkSize - 1)];
      this.firstSeq += 1;
      if (value !== undefined) {
        evicted.push(value);
        this.writableBucket(bucketOf(value.id)).delete(value.id);
      }
      // A used-up first chunk is dropped (the chunk that will take the next append stays).
      while (this.firstSeq >= (this.chunkBase + 1) << chunkBits && chunks.length > 0) {
        chunks.shift();
        this.chunkBase += 1;
      }
    }
    return evicted;
  }

  finish(): OrderedStore<V> {
    if (!this.chunks && !this.buckets) return this.original;
    return new OrderedStore<V>({
      chunks: this.chunksNow(),
      chunkBase: this.chunkBase,
      firstSeq: this.firstSeq,
      nextSeq: this.nextSeq,
      buckets: this.bucketsNow(),
    });
  }

  private chunksNow(): readonly Chunk<V>[] {
    return this.chunks ?? this.original.parts.chunks;
  }

  private bucketsNow(): readonly (Bucket | undefined)[] {
    return this.buckets ?? this.original.parts.buckets;
  }

  private writableChunks(): Chunk<V>[] {
    this.chunks ??= [...this.original.parts.chunks];
    return this.chunks;
  }

  private writableChunk(index: number): Chunk<V> {
    const chunks = this.writableChunks();
    const chunk = chunks[index];
    if (!chunk) throw new Error(`OrderedStore: no chunk ${index}`);
    if (this.ownedChunks.has(chunk)) return chunk;
    const copy = chunk.slice();
    this.ownedChunks.add(copy);
    chunks[index] = copy;
    return copy;
  }

  private writableBucket(index: number): Bucket {
    this.buckets ??= this.original.parts.buckets.length === bucketCount
      ? [...this.original.parts.buckets]
      : Array.from({ length: bucketCount }, (_, i) => this.original.parts.buckets[i]);
    const bucket = this.buckets[index];
    if (bucket && this.ownedBuckets.has(bucket)) return bucket;
    const copy: Bucket = new Map(bucket);
    this.ownedBuckets.add(copy);
    this.buckets[index] = copy;
    return copy;
  }
}
