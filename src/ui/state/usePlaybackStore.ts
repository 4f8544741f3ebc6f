/**
 * Playback: where the playhead is (simulated seconds), whether it moves, and how fast. The run's
 * length comes from the result on screen; the playhead never leaves [0, duration].
 */
import { create } from 'zustand';

export const SPEEDS = [1, 2, 5, 10, 30, 100, 300, 1000] as const;

export interface PlaybackState {
  playhead: number;
  duration: number;
  playing: boolean;
  /** Simulated seconds per wall-clock second. */
  speed: number;
  setDuration: (duration: number) => void;
  seek: (t: number) => void;
  /** Moves the playhead by `delta` simulated seconds (and pauses). */
  step: (delta: number) => void;
  play: () => void;
  pause: () => void;
  toggle: () => void;
  setSpeed: (speed: number) => void;
  /** Advances by wall-clock `ms` at the current speed; stops at the end. */
  tick: (ms: number) => void;
}

const clamp = (t: number, duration: number) => Math.min(Math.max(0, t), duration);

export const usePlaybackStore = create<PlaybackState>((set, get) => ({
  playhead: 0,
  duration: 0,
  playing: false,
  speed: 10,
  setDuration: (duration) =>
    set((s) => (s.duration === duration ? s : { duration, playhead: s.duration === 0 || s.playhead >= s.duration ? duration : clamp(s.playhead, duration) })),
  seek: (t) => set((s) => ({ playhead: clamp(t, s.duration) })),
  step: (delta) => set((s) => ({ playing: false, playhead: clamp(s.playhead + delta, s.duration) })),
  play: () => set((s) => ({ playing: s.duration > 0, playhead: s.playhead >= s.duration ? 0 : s.playhead })),
  pause: () => set({ playing: false }),
  toggle: () => (get().playing ? get().pause() : get().play()),
  setSpeed: (speed) => set({ speed }),
  tick: (ms) =>
    set((s) => {
      if (!s.playing) return s;
      const playhead = clamp(s.playhead + (ms / 1000) * s.speed, s.duration);
      return { playhead, playing: playhead < s.duration };
    }),
}));
