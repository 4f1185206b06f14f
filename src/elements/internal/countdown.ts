/** m:ss for a number of seconds, rounded up and never negative. */
export function formatSeconds(seconds: number): string {
  const s = Math.max(0, Math.ceil(seconds));
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`;
}

/**
 * Calls onTick with the seconds left now and then once a second, and onEnd once when the
 * deadline passes. Returns a function that stops it.
 */
export function countdown(
  deadline: number,
  onTick: (secondsLeft: number) => void,
  onEnd: () => void,
): () => void {
  let timer: ReturnType<typeof setInterval> | undefined;
  const stop = () => clearInterval(timer);
  const tick = () => {
    const left = (deadline - Date.now()) / 1000;
    onTick(left);
    if (left <= 0) {
      stop();
      onEnd();
    }
  };
  timer = setInterval(tick, 1000);
  tick();
  return stop;
}
