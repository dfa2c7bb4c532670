/**
 * Warm timing: runs `task` `warmups` times untimed, then `runs` times, and
 * returns the median wall-clock milliseconds (performance.now) and the last result.
 *
 * @example const { medianMs } = medianTime(() => work(), 2, 7);
 */
export function medianTime<T>(task: () => T, warmups: number, runs: number): { medianMs: number; result: T } {
  let result = task();
  for (let i = 1; i < warmups; i++) result = task();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    result = task();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  return { medianMs: times[Math.floor(times.length / 2)], result };
}
