/**
 * Edits never lose data: when a preset or a share link replaced a draft that held work, this says
 * so and offers it back. After a dismissal a compact button stays while backups exist.
 */
import { useDraftStore } from '../state/useDraftStore';

export function DraftBackupNotice() {
  const newest = useDraftStore((s) => s.backups[0]);
  const notice = useDraftStore((s) => s.backupNotice);
  if (!newest) return null;
  const { restoreBackup, dismissBackupNotice } = useDraftStore.getState();
  const name = (newest.draft as { name?: unknown } | null)?.name;
  const what = typeof name === 'string' && name ? `“${name}”` : 'your previous draft';
  const restore = (
    <button type="button" onClick={restoreBackup} data-testid="restore-draft">
      Restore your previous draft
    </button>
  );
  if (!notice) return <div className="draft-backup draft-backup-compact">{restore}</div>;
  return (
    <div className="draft-backup banner banner-info" role="status" data-testid="draft-backup">
      <p>
        Your draft {what} was replaced by {newest.replacedBy}. It is kept here.
      </p>
      {restore}{' '}
      <button type="button" onClick={dismissBackupNotice}>
        Dismiss
      </button>
    </div>
  );
}
