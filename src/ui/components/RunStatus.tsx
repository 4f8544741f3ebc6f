/**
 * The run's status line: a progress bar for runs longer than a moment, the worker's crash (it has
 * been restarted), an invalid draft (the last good result stays on screen), a truncated run.
 */
import { useEffect, useState } from 'react';
import { useRun } from '../app/RunContext';
import { formatNumber, formatSeconds } from '../lib/format';
import { useRunStore } from '../state/useRunStore';
import { stopInWorker } from '../../worker/client';

const SHOW_PROGRESS_AFTER_MS = 250;

function Progress() {
  const progress = useRunStore((s) => s.progress);
  const [visible, setVisible] = useState(false);
  const runId = progress?.runId ?? null;
  useEffect(() => {
    setVisible(false);
    if (runId === null) return undefined;
    const timer = setTimeout(() => setVisible(true), SHOW_PROGRESS_AFTER_MS);
    return () => clearTimeout(timer);
  }, [runId]);
  if (!progress || !visible) return null;
  return (
    <div className="run-progress" data-testid="run-progress">
      <label>
        Simulating… {formatSeconds(progress.simulatedSeconds)} simulated, {formatNumber(progress.events)} events
        <progress max={1} value={progress.fraction} />
      </label>{' '}
      <button
        type="button"
        data-testid="run-stop"
        title="End the run here and show what has been simulated so far"
        onClick={() => void stopInWorker(progress.runId).catch(() => undefined)}
      >
        Stop here
      </button>
    </div>
  );
}

export function RunStatus() {
  const { validation, stale, running, error, retry, run } = useRun();
  const workerError = useRunStore((s) => s.workerError);
  const invalid = !validation.ok;
  return (
    <div className="run-status" aria-live="polite">
      <Progress />
      {workerError && (
        <div className="banner banner-error" role="alert" data-testid="worker-error">
          {workerError}{' '}
          <button type="button" onClick={retry}>
            Run again
          </button>
        </div>
      )}
      {error && !workerError && error.name !== 'RunCancelled' && (
        <div className="banner banner-error" role="alert">
          The simulation failed: {error.message}{' '}
          <button type="button" onClick={retry}>
            Try again
          </button>
        </div>
      )}
      {invalid && (
        <div className="banner banner-warning" data-testid="draft-invalid">
          The scenario being edited has {validation.errors.length} problem{validation.errors.length === 1 ? '' : 's'} (see the editor). The charts
          show the last valid version.
        </div>
      )}
      {!invalid && stale && running && run && <p className="muted small">Re-simulating…</p>}
      {run?.result.summary.truncated && (
        <div className="banner banner-warning" data-testid="run-truncated">
          Run stopped early: {run.result.summary.truncatedReason ?? 'event budget reached'}.{' '}
          {run.result.summary.truncatedReason?.startsWith('stopped on request') && (
            <button type="button" onClick={retry}>
              Run the whole scenario
            </button>
          )}
        </div>
      )}
    </div>
  );
}
