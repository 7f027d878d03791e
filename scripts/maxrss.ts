/**
 * A preload for the benchmark (`node --import .build/scripts/maxrss.js dist/index.js`): when the
 * process exits, it writes the process's own peak resident set size (getrusage `ru_maxrss`, via
 * `process.resourceUsage().maxRSS`, in KiB) and CPU times to the file named by
 * `BENCH_MAXRSS_FILE`. It runs in the measured process itself, so the figure is that process's
 * high-water mark and nothing else's; it adds only the few lines below.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_MAXRSS_FILE;
if (file) {
  process.on('exit', () => {
    const usage = process.resourceUsage();
    writeFileSync(file, JSON.stringify({ maxRssKiB: usage.maxRSS, userCpuUs: usage.userCPUTime, systemCpuUs: usage.systemCPUTime }));
  });
}
