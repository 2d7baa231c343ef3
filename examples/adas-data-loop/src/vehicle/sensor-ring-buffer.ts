/** Anything with a sensor timestamp (std_msgs/Header or a CAN frame's stamp). */
export type Stamped = { header?: { stampNs: number } | undefined } | { stampNs: number };

function stampOf(item: Stamped): number {
  return "stampNs" in item ? item.stampNs : item.header?.stampNs ?? 0;
}

/**
 * Keeps the last `capacity` messages of one sensor so that a trigger can cut a clip that starts
 * before the event (pre-roll). Fixed memory: the domain controller has no room for unbounded queues.
 */
export class SensorRingBuffer<T extends Stamped> {
  private readonly items: (T | undefined)[];
  private next = 0;
  private size = 0;

  constructor(private readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity <= 0) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
    this.items = new Array<T | undefined>(capacity);
  }

  push(item: T): void {
    this.items[this.next] = item;
    this.next = (this.next + 1) % this.capacity;
    this.size = Math.min(this.size + 1, this.capacity);
  }

  /** Messages stamped within [fromNs, toNs], oldest first. */
  window(fromNs: number, toNs: number): T[] {
    const result: T[] = [];
    for (let i = 0; i < this.size; i++) {
      const item = this.items[(this.next - this.size + i + this.capacity) % this.capacity];
      if (item === undefined) continue;
      const stamp = stampOf(item);
      if (stamp >= fromNs && stamp <= toNs) result.push(item);
    }
    return result;
  }
}
