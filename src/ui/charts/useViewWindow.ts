import { useUiStore } from '../state/useUiStore';
import type { TimeWindow } from './timeAxis';

/** The shared time window: the user's zoom, else the whole run. */
export function useViewWindow(duration: number): TimeWindow {
  const window = useUiStore((s) => s.window);
  if (!window) return { t0: 0, t1: duration };
  return { t0: Math.min(window.t0, duration), t1: Math.min(window.t1, duration) > window.t0 ? Math.min(window.t1, duration) : duration };
}
