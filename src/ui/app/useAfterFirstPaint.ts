/**
 * True once `ready` has been true and the browser has painted that frame: what is below the fold
 * (the other panels) waits until the first chart is on screen, so it
 * does not compete with the worker's first run or delay the first chart.
 */
import { startTransition, useEffect, useState } from 'react';

export function useAfterFirstPaint(ready: boolean): boolean {
  const [done, setDone] = useState(false);
  useEffect(() => {
    if (!ready || done) return undefined;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // A frame, then a task after it: the frame that shows the first chart has been painted.
    const frame = requestAnimationFrame(() => {
      timer = setTimeout(() => startTransition(() => setDone(true)), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      if (timer !== undefined) clearTimeout(timer);
    };
  }, [ready, done]);
  return done;
}
