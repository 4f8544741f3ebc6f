/** Moves the playhead while playing, one animation frame at a time (wall-clock × speed). */
import { useEffect } from 'react';
import { usePlaybackStore } from '../state/usePlaybackStore';

export function usePlaybackLoop(): void {
  const playing = usePlaybackStore((s) => s.playing);
  useEffect(() => {
    if (!playing) return undefined;
    let frame = 0;
    let last = performance.now();
    const loop = (now: number) => {
      usePlaybackStore.getState().tick(Math.min(100, now - last));
      last = now;
      if (usePlaybackStore.getState().playing) frame = requestAnimationFrame(loop);
    };
    frame = requestAnimationFrame(loop);
    return () => cancelAnimationFrame(frame);
  }, [playing]);
}
