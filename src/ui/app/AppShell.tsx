/** The page: header, banners, sidebar, playback and the panels on one shared time axis. */
import { lazy, Suspense, useCallback, useDeferredValue, useEffect, useState } from 'react';
import { simulationWorker } from '../../worker/client';
import { runDuration } from '../charts/seriesAccess';
import { ErrorBoundary } from '../components/ErrorBoundary';
import { Header } from '../components/Header';
import { PlaybackBar } from '../components/PlaybackBar';
import { RunStatus } from '../components/RunStatus';
import { Sidebar } from '../components/Sidebar';
import { ConcurrencyPanel } from '../panels/Concurrency/ConcurrencyPanel';
import { DeadLettersPanel } from '../panels/DeadLetters/DeadLettersPanel';
import { NarrationPanel } from '../panels/Narration/NarrationPanel';
import { QueuesPanel } from '../panels/Queues/QueuesPanel';
import { SummaryPanel } from '../panels/Summary/SummaryPanel';
import { usePlaybackStore } from '../state/usePlaybackStore';
import { useRunStore } from '../state/useRunStore';
import { useUiStore } from '../state/useUiStore';
import type { BrokenLink } from './boot';
import { useRun } from './RunContext';
import { useAfterFirstPaint } from './useAfterFirstPaint';
import { useKeyboardShortcuts } from './useKeyboardShortcuts';
import { usePlaybackLoop } from './usePlaybackLoop';
import { useUrlSync } from './useUrlSync';

const TimelinePanel = lazy(() => import('../panels/Timeline/TimelinePanel'));
const ModelNotesDialog = lazy(() => import('../panels/ModelNotes/ModelNotesDialog'));

function BrokenLinkBanner({ broken, onDismiss }: { broken: BrokenLink; onDismiss: () => void }) {
  return (
    <div className="banner banner-error" role="alert" data-testid="broken-link">
      <strong>This link could not be opened.</strong>{' '}
      {broken.errors.map((e) => (e.path ? `${e.path}: ${e.message}` : e.message)).join('; ')}. Showing the
      preset “{broken.presetTitle}” instead.{' '}
      <button type="button" onClick={onDismiss}>
        Dismiss
      </button>
    </div>
  );
}

export function AppShell({ initialBrokenLink }: { initialBrokenLink: BrokenLink | null }) {
  const { scenario, run: latest, error: runError } = useRun();
  // Panels render a new run as a transition: React yields between them, so no single long task.
  const run = useDeferredValue(latest);
  // The first chart first: the panels below it once it has been painted.
  const settled = useAfterFirstPaint(run !== undefined || runError !== null);
  const [broken, setBroken] = useState(initialBrokenLink);
  const onBrokenLink = useCallback((b: BrokenLink | null) => setBroken(b), []);
  const shareUrl = useUrlSync(scenario, onBrokenLink);
  const modelNotesOpen = useUiStore((s) => s.modelNotesOpen);
  const setModelNotesOpen = useUiStore((s) => s.setModelNotesOpen);
  const result = run?.result;
  useKeyboardShortcuts(result?.series.bucketSeconds ?? 1);
  usePlaybackLoop();
  useEffect(
    () => simulationWorker().onCrash((error) => useRunStore.getState().setWorkerError(error.message)),
    [],
  );
  useEffect(() => {
    if (result) usePlaybackStore.getState().setDuration(runDuration(result));
  }, [result]);
  useEffect(() => void performance.mark('lambdascope:shell-rendered'), []);
  useEffect(() => {
    if (result) performance.mark('lambdascope:first-chart');
  }, [result]);

  return (
    <div className="app">
      <a className="skip-link" href="#main">
        Skip to the charts
      </a>
      <Header scenario={run?.scenario ?? scenario} result={result} shareUrl={shareUrl} />
      {broken && <BrokenLinkBanner broken={broken} onDismiss={() => setBroken(null)} />}
      <div className="layout">
        <Sidebar />
        <main id="main" className="main" tabIndex={-1}>
          <div className="sticky-bar">
            <PlaybackBar bucketSeconds={result?.series.bucketSeconds ?? 1} />
            <RunStatus />
          </div>
          {!run ? (
            <p className="loading" data-testid="loading">
              Simulating the scenario…
            </p>
          ) : (
            <div className="panels" data-testid="panels" data-run={run.hash}>
              <ErrorBoundary name="Concurrency">
                <ConcurrencyPanel run={run} />
              </ErrorBoundary>
              {settled && (
                <>
                  <ErrorBoundary name="Narration">
                    <NarrationPanel run={run} />
                  </ErrorBoundary>
                  <ErrorBoundary name="Summary">
                    <SummaryPanel run={run} />
                  </ErrorBoundary>
                  <ErrorBoundary name="Queues">
                    <QueuesPanel run={run} />
                  </ErrorBoundary>
                  <ErrorBoundary name="Cold-start timeline">
                    <Suspense fallback={<p className="loading">Loading the timeline…</p>}>
                      <TimelinePanel run={run} />
                    </Suspense>
                  </ErrorBoundary>
                  <ErrorBoundary name="Dead letters">
                    <DeadLettersPanel run={run} />
                  </ErrorBoundary>
                </>
              )}
            </div>
          )}
        </main>
      </div>
      {modelNotesOpen && result && (
        <Suspense fallback={null}>
          <ModelNotesDialog result={result} onClose={() => setModelNotesOpen(false)} />
        </Suspense>
      )}
    </div>
  );
}
