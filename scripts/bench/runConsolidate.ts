/**
 * Child process of the benchmark: `plan-indicators consolidate <dir> --plan … --year … -o <out>` exactly as a user runs
 * it, in a process of its own, so that the peak memory (maxRSS) is the whole batch's.
 */
import { cpuAndMemory } from './cpuAndMemory';
import type { main as Main } from '../../src/cli/main';

// The command line as compiled (build/cli, what the bin runs) when the benchmark names it, else the sources.
const mainModule = process.env.PLAN_INDICATORS_MAIN ?? '../../src/cli/main';
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { main } = require(mainModule) as { main: typeof Main };

const [dir, out] = process.argv.slice(2);
const started = process.hrtime.bigint();
const quiet = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => '', isTty: false, cwd: process.cwd() };
void main(['consolidate', dir ?? '.', '--plan', 'zj-hightech-industry-2021-2025', '--year', '2024', '-o', out ?? '/dev/null'], quiet).then((status) => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`${JSON.stringify({ status, seconds, ...cpuAndMemory() })}\n`);
});
