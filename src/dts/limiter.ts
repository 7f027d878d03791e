/**
 * A shared cap on API calls in flight, across all jobs of a run. It halves itself (down to one)
 * when DTS throttles, so a throttled account is not pressed harder by our own concurrency.
 */
export class Limiter {
  private active = 0;
  private readonly waiting: Array<() => void> = [];

  constructor(private limit: number) {}

  get capacity(): number {
    return this.limit;
  }

  throttled(): void {
    this.limit = Math.max(1, Math.floor(this.limit / 2));
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    // Checked again after each wake-up: the limit may have been halved in the meantime.
    while (this.active >= this.limit) await new Promise<void>((resolve) => this.waiting.push(resolve));
    this.active++;
    try {
      return await task();
    } finally {
      this.active--;
      if (this.active < this.limit) this.waiting.shift()?.();
    }
  }
}
