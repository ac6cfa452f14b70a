/**
 * Child process of the benchmark: `plan-indicators consolidate <dir> --plan … --year … -o <out>` exactly as a user runs
 * it, in a process of its own, so that the peak memory (maxRSS) is the whole batch's.
 */
import { main } from '../../src/cli/main';

const [dir, out] = process.argv.slice(2);
const started = process.hrtime.bigint();
const quiet = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => '', isTty: false, cwd: process.cwd() };
void main(['consolidate', dir ?? '.', '--plan', 'zj-hightech-industry-2021-2025', '--year', '2024', '-o', out ?? '/dev/null'], quiet).then((status) => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`${JSON.stringify({ status, seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`);
});
