/**
 * The playhead over a time chart: a line at the current time and a veil over the part of the run
 * not yet played. It subscribes to the playback store itself, so playing re-renders only this.
 */
import { usePlaybackStore } from '../state/usePlaybackStore';
import { COLORS } from './palette';
import type { TimeScale } from './timeAxis';

interface Props {
  x: TimeScale;
  top: number;
  bottom: number;
}

export function Playhead({ x, top, bottom }: Props) {
  const playhead = usePlaybackStore((s) => s.playhead);
  const [left = 0, right = 0] = x.range();
  const px = x(playhead);
  if (px < left - 0.5 || px > right + 0.5) return null;
  return (
    <g aria-hidden="true" pointerEvents="none" data-testid="playhead" data-playhead={playhead.toFixed(3)}>
      {right - px > 0.5 && <rect x={px} y={top} width={right - px} height={bottom - top} fill="#ffffff" opacity={0.55} />}
      <line x1={px} x2={px} y1={top - 4} y2={bottom} stroke={COLORS.vermillion} strokeWidth={2} />
    </g>
  );
}
