/**
 * The draft as kept in local storage, without zustand: its shape, version and migration, the
 * backup rule (a preset or link never silently discards an edited draft), and a reader for the
 * raw stored text (the page's entry hands it to the worker before the stores load).
 */

export type DraftOrigin =
  | { kind: 'preset'; presetId: string }
  | { kind: 'link' }
  | { kind: 'edited'; presetId: string | null };

/** A draft that a preset or a share link replaced, kept so it can be restored. */
export interface DraftBackup {
  draft: unknown;
  origin: DraftOrigin;
  jsonText: string | null;
  /** What replaced it ("the preset “…”", "a share link"). */
  replacedBy: string;
}

export interface PersistedDraft {
  draft: unknown;
  origin: DraftOrigin;
  jsonText: string | null;
  sharedFragment: string | null;
  /** Replaced drafts, newest first (at most MAX_BACKUPS). */
  backups: DraftBackup[];
  /** The newest backup has not been acknowledged (restored or dismissed) yet. */
  backupNotice: boolean;
}

export const DRAFT_STORAGE_KEY = 'lambdascope:draft';
/** 2 added backups. */
export const DRAFT_STORAGE_VERSION = 2;
export const MAX_BACKUPS = 5;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;

function isBackup(v: unknown): v is DraftBackup {
  return isObject(v) && v.draft !== undefined && isObject(v.origin) && typeof v.replacedBy === 'string' && (v.jsonText === null || typeof v.jsonText === 'string');
}

/** Stored state from an older version (or garbage) → the current shape; null = start afresh. */
export function migrateDraft(persisted: unknown, version: number): PersistedDraft | null {
  if ((version !== 1 && version !== DRAFT_STORAGE_VERSION) || !isObject(persisted)) return null;
  if (persisted.draft === undefined || !isObject(persisted.origin)) return null;
  const backups = version === 1 || !Array.isArray(persisted.backups) ? [] : persisted.backups.filter(isBackup).slice(0, MAX_BACKUPS);
  return {
    draft: persisted.draft,
    origin: persisted.origin as DraftOrigin,
    jsonText: typeof persisted.jsonText === 'string' ? persisted.jsonText : null,
    sharedFragment: typeof persisted.sharedFragment === 'string' ? persisted.sharedFragment : null,
    backups,
    backupNotice: backups.length > 0 && persisted.backupNotice === true,
  };
}

/** The stored draft from local storage's raw text (zustand's `{ state, version }`), or null. */
export function readStoredDraft(raw: string | null): PersistedDraft | null {
  if (!raw) return null;
  try {
    const parsed: unknown = JSON.parse(raw);
    return isObject(parsed) && typeof parsed.version === 'number' ? migrateDraft(parsed.state, parsed.version) : null;
  } catch {
    return null;
  }
}

/** Whether replacing this draft would lose work: an edit, a link's content, or unparsed JSON text. */
export function worthKeeping(s: Pick<PersistedDraft, 'draft' | 'origin' | 'jsonText'>): boolean {
  return s.draft !== null && (s.origin.kind !== 'preset' || s.jsonText !== null);
}

/** The backups after `current` is replaced by `replacedBy` (unchanged when nothing would be lost). */
export function pushBackup(backups: DraftBackup[], current: Pick<PersistedDraft, 'draft' | 'origin' | 'jsonText'>, replacedBy: string): DraftBackup[] {
  if (!worthKeeping(current)) return backups;
  const backup: DraftBackup = { draft: current.draft, origin: current.origin, jsonText: current.jsonText, replacedBy };
  return [backup, ...backups].slice(0, MAX_BACKUPS);
}
