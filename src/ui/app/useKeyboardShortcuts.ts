/**
 * Space plays or pauses; ← and → step the playhead (Shift: ten steps). Not while typing in a
 * field, and not when focus is on a control that uses those keys itself (space on a button
 * presses the button).
 */
import { useEffect } from 'react';
import { usePlaybackStore } from '../state/usePlaybackStore';

/** Elements that use the arrow keys themselves. */
const OWN_ARROWS = 'input, textarea, select, [role="slider"], [role="tab"], [contenteditable="true"]';
/** Elements that space activates. */
const OWN_SPACE = `${OWN_ARROWS}, button, a, summary`;

/** One step: a 200th of the run, at least one bucket. */
export function stepSeconds(duration: number, bucketSeconds: number): number {
  return Math.max(bucketSeconds, duration / 200);
}

export function useKeyboardShortcuts(bucketSeconds: number): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = event.target as Element | null;
      if (target?.closest?.(event.key === ' ' ? OWN_SPACE : OWN_ARROWS)) return;
      const playback = usePlaybackStore.getState();
      const step = stepSeconds(playback.duration, bucketSeconds) * (event.shiftKey ? 10 : 1);
      if (event.key === ' ') playback.toggle();
      else if (event.key === 'ArrowRight') playback.step(step);
      else if (event.key === 'ArrowLeft') playback.step(-step);
      else return;
      event.preventDefault();
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [bucketSeconds]);
}
