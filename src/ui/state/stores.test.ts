import { beforeEach, describe, expect, it } from 'vitest';
import { chooseBootSource } from '../app/bootSource';
import { MAX_BACKUPS, pushBackup, readStoredDraft } from './draftStorage';
import { migrateDraft, useDraftStore } from './useDraftStore';
import { usePlaybackStore } from './usePlaybackStore';

describe('draft persistence', () => {
  it('keeps a current-version draft, migrates version 1 (no backups) and drops anything else', () => {
    const v1 = { draft: { version: 1 }, origin: { kind: 'link' }, jsonText: '{', sharedFragment: 'v1.x' };
    expect(migrateDraft(v1, 1)).toEqual({ ...v1, backups: [], backupNotice: false });
    const backup = { draft: { a: 1 }, origin: { kind: 'link' }, jsonText: null, replacedBy: 'a share link' };
    const v2 = { ...v1, backups: [backup, 'junk'], backupNotice: true };
    expect(migrateDraft(v2, 2)).toEqual({ ...v1, backups: [backup], backupNotice: true });
    expect(migrateDraft(v1, 0)).toBeNull();
    expect(migrateDraft('garbage', 2)).toBeNull();
    expect(migrateDraft({ origin: { kind: 'link' } }, 2)).toBeNull();
  });

  it('reads the raw stored text the entry hands to the worker', () => {
    const state = { draft: { x: 1 }, origin: { kind: 'edited', presetId: null }, jsonText: null, sharedFragment: 'v1.y', backups: [], backupNotice: false };
    expect(readStoredDraft(JSON.stringify({ state, version: 2 }))).toEqual(state);
    expect(readStoredDraft('{not json')).toBeNull();
    expect(readStoredDraft(null)).toBeNull();
  });

  it('opens a foreign link, else the kept draft (also on reloading its own link), else the default preset', () => {
    const kept = { draft: { x: 1 }, sharedFragment: 'v1.mine' };
    expect(chooseBootSource('v1.other', kept)).toEqual({ kind: 'link', fragment: 'v1.other' });
    expect(chooseBootSource('v1.mine', kept)).toEqual({ kind: 'stored' });
    expect(chooseBootSource('', kept)).toEqual({ kind: 'stored' });
    expect(chooseBootSource('', null)).toEqual({ kind: 'preset' });
    expect(chooseBootSource('v1.mine', { draft: null, sharedFragment: 'v1.mine' })).toEqual({ kind: 'link', fragment: 'v1.mine' });
  });

  it('backs up only drafts that hold work, newest first, at most a few', () => {
    const preset = { draft: { p: 1 }, origin: { kind: 'preset' as const, presetId: 'p' }, jsonText: null };
    expect(pushBackup([], preset, 'x')).toEqual([]);
    expect(pushBackup([], { ...preset, jsonText: '{' }, 'x')).toHaveLength(1);
    let backups = pushBackup([], { ...preset, origin: { kind: 'edited', presetId: 'p' } }, 'the preset “B”');
    expect(backups[0]).toMatchObject({ draft: { p: 1 }, replacedBy: 'the preset “B”' });
    for (let i = 0; i < 10; i++) backups = pushBackup(backups, { draft: { i }, origin: { kind: 'link' }, jsonText: null }, 'a share link');
    expect(backups).toHaveLength(MAX_BACKUPS);
    expect(backups[0]?.draft).toEqual({ i: 9 });
  });
});

describe('replacing the draft keeps the previous one', () => {
  beforeEach(() => useDraftStore.setState({ draft: null, origin: { kind: 'edited', presetId: null }, jsonText: null, backups: [], backupNotice: false }));

  it('a preset replacing an edit backs it up; restoring swaps back; nothing is lost', () => {
    const s = () => useDraftStore.getState();
    s().replaceDraft({ a: 1 }, { kind: 'preset', presetId: 'a' }, 'the preset “A”');
    expect(s().backups).toEqual([]);
    s().setField(['a'], 2);
    s().replaceDraft({ b: 1 }, { kind: 'preset', presetId: 'b' }, 'the preset “B”');
    expect(s()).toMatchObject({ draft: { b: 1 }, backupNotice: true, backups: [{ draft: { a: 2 }, replacedBy: 'the preset “B”' }] });
    s().restoreBackup();
    expect(s()).toMatchObject({ draft: { a: 2 }, origin: { kind: 'edited', presetId: 'a' }, backups: [], backupNotice: false });
    s().replaceDraft({ c: 1 }, { kind: 'link' }, 'a share link');
    s().dismissBackupNotice();
    expect(s()).toMatchObject({ backupNotice: false, backups: [{ draft: { a: 2 } }] });
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
