// A Map that forgets its least recently used entries past a size, so long editing sessions keep a steady footprint.
// Two generations instead of a strict LRU: a hit in the young Map costs one lookup (re-inserting on every hit churned
// the big Maps and their garbage on every keystroke); a hit in the old one moves the entry to the young one, and
// when the young one is full it becomes the old one and the previous old one is dropped.
export class BoundedCache<K, V> {
  private young = new Map<K, V>();
  private old = new Map<K, V>();
  /** limit: entries kept at least (up to twice as many are held). */
  constructor(private readonly limit: number) {}
  get(key: K): V | undefined {
    const value = this.young.get(key);
    if (value !== undefined) return value;
    const older = this.old.get(key);
    if (older !== undefined) {
      this.old.delete(key);
      this.put(key, older);
    }
    return older;
  }
  set(key: K, value: V): void {
    this.old.delete(key);
    this.put(key, value);
  }
  private put(key: K, value: V): void {
    this.young.set(key, value);
    if (this.young.size >= this.limit) {
      this.old = this.young;
      this.young = new Map();
    }
  }
  clear(): void {
    this.young.clear();
    this.old.clear();
  }
  get size(): number {
    return this.young.size + this.old.size;
  }
}
