/**
 * Resolves in a new task, after the browser has had a chance to paint and handle input: the way to cut one long
 * piece of main-thread work into two (scheduler.yield where the browser has it, a zero timeout elsewhere).
 */
export function nextTask(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => setTimeout(resolve, 0));
}
