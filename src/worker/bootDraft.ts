/**
 * The worker's side of the boot run: the draft the page will open on, decided exactly as the
 * page's boot decides it (ui/app/bootSource.ts), from the raw URL hash and stored draft the entry
 * read. A link that does not decode opens the default preset, as on the page.
 */
import { DEFAULT_PRESET_ID, getPreset } from '../scenario/presets';
import { chooseBootSource } from '../ui/app/bootSource';
import { readStoredDraft } from '../ui/state/draftStorage';
import type { BootInput } from './api';

export async function bootDraft(input: BootInput): Promise<unknown> {
  const stored = readStoredDraft(input.stored);
  const source = chooseBootSource(input.fragment, stored);
  if (source.kind === 'stored') return stored?.draft ?? null;
  if (source.kind === 'link') {
    const { decodeScenario } = await import('../scenario/urlCodec');
    const decoded = decodeScenario(source.fragment);
    if (decoded.ok) return decoded.scenario;
  }
  return getPreset(DEFAULT_PRESET_ID)?.scenario ?? null;
}
