/**
 * Playback controls shared by every chart: play/pause, step, speed, a scrubber, and the time
 * window (zoom in/out around the playhead, or the whole run).
 */
import { stepSeconds } from '../app/useKeyboardShortcuts';
import { zoomWindow } from '../charts/timeAxis';
import { formatSeconds } from '../lib/format';
import { SPEEDS, usePlaybackStore } from '../state/usePlaybackStore';
import { useUiStore } from '../state/useUiStore';

export function PlaybackBar({ bucketSeconds }: { bucketSeconds: number }) {
  const { playhead, duration, playing, speed, toggle, step, seek, setSpeed } = usePlaybackStore();
  const window = useUiStore((s) => s.window);
  const setWindow = useUiStore((s) => s.setWindow);
  const stepBy = stepSeconds(duration, bucketSeconds);
  const none = duration <= 0;
  const view = window ?? { t0: 0, t1: duration };
  const zoom = (factor: number) => {
    const next = zoomWindow(view, factor, playhead, duration, Math.max(bucketSeconds * 5, 0.5));
    setWindow(next.t0 <= 0 && next.t1 >= duration ? null : next);
  };
  return (
    <div className="playback" role="group" aria-label="Playback">
      <button type="button" onClick={toggle} disabled={none} className="primary" aria-keyshortcuts="Space" data-testid="play-toggle">
        {playing ? '❚❚ Pause' : '▶ Play'}
      </button>
      <button type="button" onClick={() => step(-stepBy)} disabled={none} aria-label="Step back" aria-keyshortcuts="ArrowLeft" title="Step back (←)">
        ◀︎
      </button>
      <button type="button" onClick={() => step(stepBy)} disabled={none} aria-label="Step forward" aria-keyshortcuts="ArrowRight" title="Step forward (→)">
        ▶︎
      </button>
      <label className="inline-field">
        <span>Speed</span>
        <select value={speed} onChange={(e) => setSpeed(Number(e.target.value))} aria-describedby="speed-hint">
          {SPEEDS.map((s) => (
            <option key={s} value={s}>
              {s}×
            </option>
          ))}
        </select>
        <span id="speed-hint" className="visually-hidden">
          Simulated seconds per real second
        </span>
      </label>
      <label className="scrubber">
        <span className="visually-hidden">Playhead position (simulated time)</span>
        <input
          type="range"
          min={0}
          max={duration || 1}
          step={stepBy / 10 || 0.01}
          value={Math.min(playhead, duration)}
          disabled={none}
          onChange={(e) => seek(Number(e.target.value))}
          aria-valuetext={`${formatSeconds(playhead)} of ${formatSeconds(duration)}`}
          data-testid="scrubber"
        />
      </label>
      <output className="time-readout" data-testid="playhead-time" aria-live="off">
        {formatSeconds(playhead)} <span className="muted">of {formatSeconds(duration)}</span>
      </output>
      <div className="zoom" role="group" aria-label="Time window">
        <button type="button" onClick={() => zoom(0.5)} disabled={none} title="Zoom in around the playhead" aria-label="Zoom in">
          Zoom +
        </button>
        <button type="button" onClick={() => zoom(2)} disabled={window === null} aria-label="Zoom out">
          Zoom −
        </button>
        <button type="button" onClick={() => setWindow(null)} disabled={window === null}>
          Whole run
        </button>
      </div>
    </div>
  );
}
