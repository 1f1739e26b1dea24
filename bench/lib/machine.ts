import fs from 'node:fs';
import os from 'node:os';
import { clockTicks } from '../env/process-cpu.js';

export type MachineInfo = {
  cpus: number;
  model: string;
  totalmem: number;
  totalmemGiB: number;
  node: string;
  platform: string;
  release: string;
  /** cgroup v2 `cpu.max` when a CPU quota applies, e.g. "200000 100000" (2 cores). */
  cpuQuota: string | undefined;
  /** 1, 5 and 15-minute load averages when the benchmark started */
  loadavg: number[];
  /** CPU busy (%) by other processes in the second before the benchmark started, and after it ended */
  busyBefore?: number | undefined;
  busyAfter?: number | undefined;
};

function readCpuQuota(): string | undefined {
  try {
    const text = fs.readFileSync('/sys/fs/cgroup/cpu.max', 'utf8').trim();
    return text.startsWith('max') ? undefined : text;
  } catch {
    return undefined;
  }
}

export function describeMachine(): MachineInfo {
  const cpus = os.cpus();
  return {
    cpus: os.availableParallelism(),
    model: cpus[0]?.model.trim() ?? 'unknown',
    totalmem: os.totalmem(),
    totalmemGiB: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    platform: os.platform(),
    release: os.release(),
    cpuQuota: readCpuQuota(),
    loadavg: os.loadavg().map((v) => Math.round(v * 100) / 100),
  };
}

export function formatMachine(machine: MachineInfo): string {
  const quota = machine.cpuQuota ? `, cgroup cpu.max ${machine.cpuQuota}` : '';
  return `${machine.cpus} × ${machine.model}${quota}, ${machine.totalmemGiB} GiB, Node ${machine.node}, ${machine.platform} ${machine.release}`;
}

/**
 * Ticks since boot: `busy` is time processes ran (user, nice, system) — interrupt and softirq time
 * (e.g. the kernel moving loopback traffic, which belongs to no process) and steal are left out.
 */
function readCpuTimes(): { busy: number; total: number } | undefined {
  try {
    const line = fs.readFileSync('/proc/stat', 'utf8').split('\n')[0] ?? '';
    // user nice system idle iowait irq softirq steal (guest time is already inside user)
    const values = line.trim().split(/\s+/).slice(1, 9).map(Number);
    const busy = (values[0] ?? 0) + (values[1] ?? 0) + (values[2] ?? 0);
    const total = values.reduce((a, b) => a + b, 0);
    return { busy, total };
  } catch {
    return undefined;
  }
}

/** CPU time (µs, all CPUs together) processes have used since boot; undefined without /proc. */
export function machineBusyMicros(): number | undefined {
  const times = readCpuTimes();
  return times ? (times.busy * 1_000_000) / clockTicks() : undefined;
}

/**
 * How busy the machine's CPUs are (0–100 %) over `ms` because of other processes: this
 * process's own CPU time in the window is left out. Undefined where /proc/stat is missing.
 */
export async function sampleCpuBusy(ms = 1000): Promise<number | undefined> {
  const before = readCpuTimes();
  const ownBefore = process.cpuUsage();
  await new Promise((resolve) => setTimeout(resolve, ms));
  const own = process.cpuUsage(ownBefore);
  const after = readCpuTimes();
  if (!before || !after || after.total === before.total) return undefined;
  const ownTicks = ((own.user + own.system) * clockTicks()) / 1_000_000;
  const busy = Math.max(0, after.busy - before.busy - ownTicks);
  return Math.round((1000 * busy) / (after.total - before.total)) / 10;
}
