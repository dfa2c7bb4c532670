/**
 * Calls `onGone` once when the process that started this one is gone: the
 * parent pid changes when a process is orphaned (it is re-parented to init
 * or a subreaper). Checked every `intervalMs` (default 500 ms) by an unref'd
 * timer, so the watch never keeps the process alive by itself. Used by the
 * commands (a killed npm does not pass SIGTERM on through `sh -c`) and by the
 * kernel launcher (a kernel lives in a session of its own).
 *
 * @example watchParent(() => controller.abort("parent gone"))
 */
export function watchParent(onGone: (parentPid: number) => void, intervalMs = 500): () => void {
  const parent = process.ppid;
  const timer = setInterval(() => {
    if (process.ppid === parent) return;
    clearInterval(timer);
    onGone(parent);
  }, intervalMs);
  timer.unref();
  return () => clearInterval(timer);
}
