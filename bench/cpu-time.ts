import { readFileSync } from 'node:fs';

/**
 * CPU time (user and system) a process has used so far, in µs; NaN where /proc is missing. Steadier
 * than wall-clock figures on a machine that others keep busy. Linux counts it in ticks of 10 ms.
 */
export function cpuTime(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]?.split(' ') ?? [];
    return (Number(fields[11]) + Number(fields[12])) * 10_000;
  } catch {
    return NaN;
  }
}
