import { beforeEach, describe, expect, it } from 'vitest';
import { migrateDraft } from './useDraftStore';
import { usePlaybackStore } from './usePlaybackStore';

describe('draft persistence', () => {
  it('keeps a current-version draft and drops anything else', () => {
    const stored = { draft: { version: 1 }, origin: { kind: 'link' }, jsonText: '{', sharedFragment: 'v1.x' };
    expect(migrateDraft(stored, 1)).toEqual(stored);
    expect(migrateDraft(stored, 0)).toBeNull();
    expect(migrateDraft('garbage', 1)).toBeNull();
    expect(migrateDraft({ origin: { kind: 'link' } }, 1)).toBeNull();
  });
});

describe('playback', () => {
  beforeEach(() => usePlaybackStore.setState({ playhead: 0, duration: 0, playing: false, speed: 10 }));

  it('starts at the end of a new run, so the whole run is shown', () => {
    usePlaybackStore.getState().setDuration(100);
    expect(usePlaybackStore.getState().playhead).toBe(100);
  });

  it('plays from the start when at the end, advances by speed and stops at the end', () => {
    const s = usePlaybackStore.getState();
    s.setDuration(100);
    s.play();
    expect(usePlaybackStore.getState()).toMatchObject({ playhead: 0, playing: true });
    usePlaybackStore.getState().tick(500);
    expect(usePlaybackStore.getState().playhead).toBe(5);
    usePlaybackStore.getState().setSpeed(1000);
    usePlaybackStore.getState().tick(1000);
    expect(usePlaybackStore.getState()).toMatchObject({ playhead: 100, playing: false });
  });

  it('steps and seeks within the run', () => {
    const s = usePlaybackStore.getState();
    s.setDuration(100);
    s.seek(-5);
    expect(usePlaybackStore.getState().playhead).toBe(0);
    usePlaybackStore.getState().step(250);
    expect(usePlaybackStore.getState().playhead).toBe(100);
  });
});
