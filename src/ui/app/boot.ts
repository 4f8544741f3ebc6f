/**
 * What the app opens on (bootSource.ts decides): the scenario in the URL hash (a share link), the
 * draft kept in local storage, or the default preset. A link that cannot be read opens the
 * default preset and says why. A preset or link that replaces an edited draft backs it up.
 */
import type { Issue } from '../../scenario/issues';
import { DEFAULT_PRESET_ID, getPreset } from '../../scenario/presets';
import { useDraftStore } from '../state/useDraftStore';
import { useUiStore } from '../state/useUiStore';
import { chooseBootSource } from './bootSource';

export interface BrokenLink {
  errors: Issue[];
  presetTitle: string;
}

export function loadPreset(id: string): void {
  const preset = getPreset(id) ?? getPreset(DEFAULT_PRESET_ID);
  if (preset) useDraftStore.getState().replaceDraft(preset.scenario, { kind: 'preset', presetId: preset.id }, `the preset “${preset.title}”`);
}

/** The part of the URL after '#', or '' when there is none. */
export function currentFragment(): string {
  return window.location.hash.replace(/^#/, '');
}

/** Opens a share link's scenario; returns what was wrong with it, or null when it opened. */
export async function openLink(fragment: string): Promise<BrokenLink | null> {
  const { decodeScenario } = await import('../../scenario/urlCodec');
  const decoded = decodeScenario(fragment);
  if (decoded.ok) {
    useDraftStore.getState().replaceDraft(decoded.scenario, { kind: 'link' }, 'a share link');
    return null;
  }
  loadPreset(DEFAULT_PRESET_ID);
  return { errors: decoded.errors, presetTitle: getPreset(DEFAULT_PRESET_ID)?.title ?? DEFAULT_PRESET_ID };
}

export async function boot(): Promise<BrokenLink | null> {
  const state = useDraftStore.getState();
  const source = chooseBootSource(currentFragment(), state);
  if (source.kind === 'link') return openLink(source.fragment);
  if (source.kind === 'preset') loadPreset(DEFAULT_PRESET_ID);
  // An unfinished JSON edit survived the reload: reopen the editor on it.
  if (state.jsonText !== null) useUiStore.getState().setSideTab('json');
  return null;
}
