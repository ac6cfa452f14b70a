import type { CommandIo } from './io';

/** A one-line progress bar on a terminal (standard error), nothing when output goes to a file or a pipe. */
export class ProgressBar {
  private shown = false;
  constructor(private readonly io: CommandIo, private readonly total: number, private readonly width = 24) {}

  update(done: number, label: string): void {
    if (!this.io.isTty || this.total === 0) return;
    const filled = Math.round((done / this.total) * this.width);
    const bar = `${'█'.repeat(filled)}${'░'.repeat(this.width - filled)}`;
    this.io.stderr(`\r${bar} ${done}/${this.total} ${label.slice(-40)}\u001b[K`);
    this.shown = true;
  }

  /** Clears the bar so that a normal line can be printed. */
  clear(): void {
    if (this.shown) this.io.stderr('\r\u001b[K');
    this.shown = false;
  }
}
