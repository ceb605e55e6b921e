// Timing of whole processes, start to exit, as a user or a hook sees them. Floor and leakscan runs alternate
// within each round (and swap order every other round), so load from the rest of the machine hits both alike
// and the ratio of medians stays meaningful on a noisy box.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TIME_BINARY = '/usr/bin/time';
const HAS_TIME = existsSync(TIME_BINARY);

/**
 * Runs `command` (argv array) once. Returns { ms, rssKb, code, stdout, stderr }. The peak RSS comes from
 * GNU time's %M (max RSS of the process and its waited-for children, e.g. the git processes it spawns).
 */
export function runOnce(command, { cwd, input } = {}) {
  const argv = HAS_TIME ? [TIME_BINARY, '-f', '@@rss=%M cpu=%U %S', ...command] : command;
  const started = process.hrtime.bigint();
  const result = spawnSync(argv[0], argv.slice(1), {
    cwd,
    input,
    encoding: 'utf8',
    maxBuffer: 512 * 1024 * 1024,
    env: { ...process.env, NO_COLOR: '1' },
  });
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  if (result.error) throw result.error;
  let stderr = result.stderr ?? '';
  let rssKb;
  let cpuMs;
  const marker = stderr.lastIndexOf('@@rss=');
  if (marker !== -1) {
    const found = /@@rss=(\d+) cpu=([\d.]+) ([\d.]+)/.exec(stderr.slice(marker));
    if (found) {
      rssKb = Number(found[1]);
      cpuMs = (Number(found[2]) + Number(found[3])) * 1000;
    }
    stderr = stderr.slice(0, marker);
  }
  return { ms, rssKb, cpuMs, code: result.status, stdout: result.stdout ?? '', stderr };
}

/** The JSON report a leakscan run printed, or the problem to report when it printed none. */
export function jsonReport(run) {
  try {
    return { report: JSON.parse(run.stdout) };
  } catch {
    return { problem: `leakscan did not print a JSON report: ${run.stderr.slice(0, 500)}` };
  }
}

export const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};

/**
 * Measures a floor and a leakscan command interleaved over `rounds` rounds (after one unmeasured warm-up of
 * each, which also fills the page cache). `check(result)` validates the first leakscan run's output and
 * returns a problem string or undefined. Returns medians, the ratio and the peak RSS.
 */
export function interleaved({ floor, leakscan, cwd, rounds, check, expectCodes = [0, 1] }) {
  const warmFloor = runOnce(floor, { cwd });
  if (warmFloor.code !== 0)
    throw new Error(`floor failed (${warmFloor.code}): ${floor.join(' ')}\n${warmFloor.stderr}`);
  const warm = runOnce(leakscan, { cwd });
  if (!expectCodes.includes(warm.code))
    throw new Error(`leakscan failed (${warm.code}): ${leakscan.join(' ')}\n${warm.stderr}`);
  const problem = check?.(warm);
  const floorMs = [];
  const leakscanMs = [];
  const floorCpu = [];
  const leakscanCpu = [];
  const rss = [warm.rssKb ?? 0];
  for (let round = 0; round < rounds; round++) {
    const order = round % 2 === 0 ? ['floor', 'leakscan'] : ['leakscan', 'floor'];
    for (const which of order) {
      const run = runOnce(which === 'floor' ? floor : leakscan, { cwd });
      if (which === 'floor') {
        floorMs.push(run.ms);
        floorCpu.push(run.cpuMs ?? 0);
      } else {
        leakscanMs.push(run.ms);
        leakscanCpu.push(run.cpuMs ?? 0);
        rss.push(run.rssKb ?? 0);
      }
    }
  }
  const floorMedian = median(floorMs);
  const leakscanMedian = median(leakscanMs);
  return {
    floorMs: floorMedian,
    leakscanMs: leakscanMedian,
    ratio: leakscanMedian / floorMedian,
    peakRssMb: Math.max(...rss) / 1024,
    // CPU seconds (user + sys, children included): steadier than wall time on a loaded machine.
    floorCpuMs: median(floorCpu),
    leakscanCpuMs: median(leakscanCpu),
    problem,
    firstRun: warm,
  };
}
