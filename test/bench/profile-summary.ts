import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Summarises the V8 CPU profiles that BENCH_PROFILE=<folder> wrote: self time per package (or
 * project folder), so docs/benchmarks.md can say where a benchmark's time goes.
 * Usage: node -r @swc-node/register test/bench/profile-summary.ts <folder> [<from>-<to>]
 * With a window (microseconds of the monotonic clock, as a bench prints it for a phase, e.g.
 * bench:calls's races), only the samples taken in it count.
 */
interface ProfileNode {
  id: number;
  callFrame: { url: string; functionName: string };
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const [from, to] = (process.argv[3] ?? '').split('-').map(Number);
const inWindow = (at: number) => !process.argv[3] || (at >= from && at <= to);

function bucket(url: string, functionName: string): string {
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const modules = url.split('node_modules/');
  if (modules.length > 1) {
    const rest = modules[modules.length - 1].split('/');
    return rest[0].startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0];
  }
  if (url.startsWith('node:')) return url;
  const match = /\/(services\/[^/]+|gateway|libs\/[^/]+)\//.exec(url);
  return match ? match[1] : url;
}

for (const file of readdirSync(process.argv[2]).filter((name) => name.endsWith('.cpuprofile'))) {
  const profile = JSON.parse(readFileSync(join(process.argv[2], file), 'utf8')) as Profile;
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const totals = new Map<string, number>();
  let all = 0;
  let at = profile.startTime;
  profile.samples.forEach((id, index) => {
    const node = byId.get(id)!;
    const key = bucket(node.callFrame.url, node.callFrame.functionName);
    const delta = profile.timeDeltas[index] ?? 0;
    at += delta;
    if (!inWindow(at)) return;
    totals.set(key, (totals.get(key) ?? 0) + delta);
    all += delta;
  });
  const busy = all - (totals.get('(idle)') ?? 0);
  console.log(`\n${file}: ${(busy / 1e6).toFixed(1)} s busy of ${(all / 1e6).toFixed(1)} s`);
  for (const [key, micros] of [...totals]
    .filter(([k]) => k !== '(idle)')
    .sort((a, b) => b[1] - a[1])
    .slice(0, 15)) {
    console.log(`  ${((100 * micros) / busy).toFixed(1).padStart(5)}%  ${key}`);
  }
}
