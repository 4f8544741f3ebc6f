/**
 * The scenario being edited: the draft (untrusted, possibly invalid — restore() judges it), where
 * it came from, and the JSON editor's text while it does not parse. Kept in local storage so an
 * edit survives a reload; the stored shape is versioned and migrated.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { setPath, type PathKey } from '../lib/paths';

export type DraftOrigin =
  | { kind: 'preset'; presetId: string }
  | { kind: 'link' }
  | { kind: 'edited'; presetId: string | null };

export interface DraftState {
  /** The scenario as the user left it (a preset, a link's content, or edits of either). */
  draft: unknown;
  origin: DraftOrigin;
  /** The JSON editor's text when it differs from the draft (it may not parse); null = show the draft. */
  jsonText: string | null;
  /** The share fragment last written to the URL for this draft: reloading that URL keeps the draft. */
  sharedFragment: string | null;
  /** Replaces the whole draft (a preset, a link, a valid JSON edit). */
  setDraft: (draft: unknown, origin: DraftOrigin, jsonText?: string | null) => void;
  /** One form edit. */
  setField: (path: readonly PathKey[], value: unknown) => void;
  setJsonText: (text: string | null) => void;
  setSharedFragment: (fragment: string) => void;
}

export const DRAFT_STORAGE_KEY = 'lambdascope:draft';
export const DRAFT_STORAGE_VERSION = 1;

type Persisted = Pick<DraftState, 'draft' | 'origin' | 'jsonText' | 'sharedFragment'>;

function editedOrigin(origin: DraftOrigin): DraftOrigin {
  return origin.kind === 'preset' ? { kind: 'edited', presetId: origin.presetId } : origin.kind === 'link' ? { kind: 'edited', presetId: null } : origin;
}

/** Stored state from an older version (or garbage) → the current shape; null = start afresh. */
export function migrateDraft(persisted: unknown, version: number): Persisted | null {
  if (version !== DRAFT_STORAGE_VERSION || persisted === null || typeof persisted !== 'object') return null;
  const p = persisted as Partial<Persisted>;
  if (p.draft === undefined || typeof p.origin !== 'object' || p.origin === null) return null;
  return {
    draft: p.draft,
    origin: p.origin,
    jsonText: typeof p.jsonText === 'string' ? p.jsonText : null,
    sharedFragment: typeof p.sharedFragment === 'string' ? p.sharedFragment : null,
  };
}

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      draft: null,
      origin: { kind: 'edited', presetId: null },
      jsonText: null,
      sharedFragment: null,
      setDraft: (draft, origin, jsonText = null) => set({ draft, origin, jsonText }),
      setField: (path, value) =>
        set((s) => ({ draft: setPath(s.draft, path, value), origin: editedOrigin(s.origin), jsonText: null })),
      setJsonText: (jsonText) => set({ jsonText }),
      setSharedFragment: (sharedFragment) => set({ sharedFragment }),
    }),
    {
      name: DRAFT_STORAGE_KEY,
      version: DRAFT_STORAGE_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): Persisted => ({ draft: s.draft, origin: s.origin, jsonText: s.jsonText, sharedFragment: s.sharedFragment }),
      migrate: (persisted, version) =>
        migrateDraft(persisted, version) ?? { draft: null, origin: { kind: 'edited', presetId: null }, jsonText: null, sharedFragment: null },
    },
  ),
);

/** Marks an edit's origin (exported for the JSON editor, which sets whole drafts). */
export { editedOrigin };
