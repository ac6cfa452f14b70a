/**
 * Child process of the benchmark: `plan-indicators check <dir>` exactly as a user runs it, in a process of its own,
 * so that the peak memory (maxRSS) is the whole batch's.
 */
import { main } from '../../src/cli/main';

const [dir, json, jobs = '1'] = process.argv.slice(2);
const started = process.hrtime.bigint();
const quiet = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => '', isTty: false, cwd: process.cwd() };
main(['check', dir ?? '.', '--json', json ?? '/dev/null', '--jobs', jobs], quiet).then((status) => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  process.stdout.write(`${JSON.stringify({ status, seconds, maxRssKb: process.resourceUsage().maxRSS })}\n`);
}, (error: unknown) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 3;
});
