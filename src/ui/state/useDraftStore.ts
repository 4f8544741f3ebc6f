/**
 * The scenario being edited: the draft (untrusted, possibly invalid — restore() judges it), where
 * it came from, and the JSON editor's text while it does not parse. Kept in local storage so an
 * edit survives a reload; the stored shape is versioned and migrated (draftStorage.ts). A preset
 * or a link that replaces an edited draft keeps it as a backup, restorable.
 */
import { create } from 'zustand';
import { createJSONStorage, persist } from 'zustand/middleware';
import { setPath, type PathKey } from '../lib/paths';
import { DRAFT_STORAGE_KEY, DRAFT_STORAGE_VERSION, migrateDraft, pushBackup, type DraftOrigin, type PersistedDraft } from './draftStorage';

export type { DraftBackup, DraftOrigin } from './draftStorage';
export { DRAFT_STORAGE_KEY, DRAFT_STORAGE_VERSION, migrateDraft } from './draftStorage';

export interface DraftState extends PersistedDraft {
  /** Sets the whole draft as an edit (a valid JSON edit): nothing is backed up. */
  setDraft: (draft: unknown, origin: DraftOrigin, jsonText?: string | null) => void;
  /** Replaces the draft with a preset or a link's scenario, backing up the current draft if it holds work. */
  replaceDraft: (draft: unknown, origin: DraftOrigin, replacedBy: string) => void;
  /** Brings back the newest backup (the draft it replaces is backed up in turn, if it holds work). */
  restoreBackup: () => void;
  dismissBackupNotice: () => void;
  /** One form edit. */
  setField: (path: readonly PathKey[], value: unknown) => void;
  setJsonText: (text: string | null) => void;
  setSharedFragment: (fragment: string) => void;
}

function editedOrigin(origin: DraftOrigin): DraftOrigin {
  return origin.kind === 'preset' ? { kind: 'edited', presetId: origin.presetId } : origin.kind === 'link' ? { kind: 'edited', presetId: null } : origin;
}

const EMPTY: PersistedDraft = { draft: null, origin: { kind: 'edited', presetId: null }, jsonText: null, sharedFragment: null, backups: [], backupNotice: false };

export const useDraftStore = create<DraftState>()(
  persist(
    (set) => ({
      ...EMPTY,
      setDraft: (draft, origin, jsonText = null) => set({ draft, origin, jsonText }),
      replaceDraft: (draft, origin, replacedBy) =>
        set((s) => {
          const backups = pushBackup(s.backups, s, replacedBy);
          return { draft, origin, jsonText: null, backups, backupNotice: backups !== s.backups || s.backupNotice };
        }),
      restoreBackup: () =>
        set((s) => {
          const [newest, ...rest] = s.backups;
          if (!newest) return s;
          const backups = pushBackup(rest, s, 'restoring an earlier draft');
          return { draft: newest.draft, origin: newest.origin, jsonText: newest.jsonText, backups, backupNotice: false };
        }),
      dismissBackupNotice: () => set({ backupNotice: false }),
      setField: (path, value) =>
        set((s) => ({ draft: setPath(s.draft, path, value), origin: editedOrigin(s.origin), jsonText: null })),
      setJsonText: (jsonText) => set({ jsonText }),
      setSharedFragment: (sharedFragment) => set({ sharedFragment }),
    }),
    {
      name: DRAFT_STORAGE_KEY,
      version: DRAFT_STORAGE_VERSION,
      storage: createJSONStorage(() => localStorage),
      partialize: (s): PersistedDraft => ({
        draft: s.draft,
        origin: s.origin,
        jsonText: s.jsonText,
        sharedFragment: s.sharedFragment,
        backups: s.backups,
        backupNotice: s.backupNotice,
      }),
      migrate: (persisted, version) => migrateDraft(persisted, version) ?? EMPTY,
    },
  ),
);

/** Marks an edit's origin (exported for the JSON editor, which sets whole drafts). */
export { editedOrigin };
