/** What a benchmark child reports besides its wall time: its CPU time since it started (user + system) and its peak memory. */
export function cpuAndMemory(): { cpuSeconds: number; maxRssKb: number } {
  const usage = process.resourceUsage();
  return { cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssKb: usage.maxRSS };
}
