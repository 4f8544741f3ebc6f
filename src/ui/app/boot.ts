/**
 * What the app opens on: the scenario in the URL hash (a share link) if there is one, else the
 * draft kept in local storage, else the default preset. A link that cannot be read opens the
 * default preset and says why.
 */
import type { Issue } from '../../scenario/issues';
import { DEFAULT_PRESET_ID, getPreset } from '../../scenario/presets';
import { useDraftStore } from '../state/useDraftStore';
import { useUiStore } from '../state/useUiStore';

export interface BrokenLink {
  errors: Issue[];
  presetTitle: string;
}

export function loadPreset(id: string): void {
  const preset = getPreset(id) ?? getPreset(DEFAULT_PRESET_ID);
  if (preset) useDraftStore.getState().setDraft(preset.scenario, { kind: 'preset', presetId: preset.id });
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
    useDraftStore.getState().setDraft(decoded.scenario, { kind: 'link' });
    return null;
  }
  loadPreset(DEFAULT_PRESET_ID);
  return { errors: decoded.errors, presetTitle: getPreset(DEFAULT_PRESET_ID)?.title ?? DEFAULT_PRESET_ID };
}

export async function boot(): Promise<BrokenLink | null> {
  const fragment = currentFragment();
  const { draft, jsonText, sharedFragment } = useDraftStore.getState();
  // A link is opened unless it is the one this tab wrote for the kept draft (a reload).
  if (fragment && !(draft !== null && fragment === sharedFragment)) return openLink(fragment);
  if (draft === null) loadPreset(DEFAULT_PRESET_ID);
  // An unfinished JSON edit survived the reload: reopen the editor on it.
  if (jsonText !== null) useUiStore.getState().setSideTab('json');
  return null;
}
