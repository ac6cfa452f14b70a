/** Counts the round trips an operation makes, for its report and for the benchmark. */
export class SyncCounter {
  count = 0;

  async sync(context: Excel.RequestContext): Promise<void> {
    this.count += 1;
    await context.sync();
  }
}
