// Child process of the reader benchmark: `node scripts/bench/runCli.js <compiled main.js> <command> <args…>` runs the
// command line as compiled (what the bin runs) in a process of its own, with nothing else loaded (no tsx: its loader
// alone adds about 10 MB), and prints its wall time, CPU time (user + system, from the process's start) and peak memory.
const [mainModule, ...args] = process.argv.slice(2);
const { main } = require(mainModule);

const started = process.hrtime.bigint();
const quiet = { stdout: () => undefined, stderr: () => undefined, readStdin: async () => '', isTty: false, cwd: process.cwd() };
main(args, quiet).then((status) => {
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  const usage = process.resourceUsage();
  process.stdout.write(`${JSON.stringify({ status, seconds, cpuSeconds: (usage.userCPUTime + usage.systemCPUTime) / 1e6, maxRssKb: usage.maxRSS })}\n`);
}, (error) => {
  process.stderr.write(`${String(error)}\n`);
  process.exitCode = 3;
});
