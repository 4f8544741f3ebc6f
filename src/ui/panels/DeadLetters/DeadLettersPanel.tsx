/** Dead letters & destinations: totals per destination and a filterable table of delivered records. */
import { useId, useMemo, useState } from 'react';
import { Panel } from '../../components/Panel';
import { formatNumber, formatSeconds } from '../../lib/format';
import type { Run } from '../../queries/useSimulation';
import { usePlaybackStore } from '../../state/usePlaybackStore';
import { useUiStore } from '../../state/useUiStore';
import { KIND_LABELS, MAX_ROWS, selectDeadLetters } from './select';

export function DeadLettersPanel({ run }: { run: Run }) {
  const id = useId();
  const filter = useUiStore((s) => s.deadLetterFilter);
  const setFilter = useUiStore((s) => s.setDeadLetterFilter);
  const [destination, setDestination] = useState<string | null>(null);
  const seek = usePlaybackStore((s) => s.seek);
  const view = useMemo(() => selectDeadLetters(run.result, run.scenario, filter, destination), [run, filter, destination]);
  return (
    <Panel
      id="deadletters"
      title="Dead letters & destinations"
      explanation="Events and records that ran out of retries or age and were sent to a dead-letter queue or on-failure destination (and successes sent to an on-success destination)."
      empty={view.empty}
    >
      <div className="dlq-totals" role="group" aria-label="Totals per destination">
        <button type="button" aria-pressed={destination === null} onClick={() => setDestination(null)}>
          All destinations: <strong>{formatNumber(view.total)}</strong>
        </button>
        {view.totals.map((d) => (
          <button key={d.name} type="button" aria-pressed={destination === d.name} onClick={() => setDestination(d.name)} data-testid={`dlq-total-${d.name}`}>
            {d.name} <span className="muted">({d.type})</span>: <strong>{formatNumber(d.delivered)}</strong>
            {d.records !== d.delivered && <span className="muted"> ({formatNumber(d.records)} records)</span>}
          </button>
        ))}
      </div>
      <div className="dlq-filter">
        <label htmlFor={`${id}-f`}>Filter</label>
        <input id={`${id}-f`} type="search" value={filter} onChange={(e) => setFilter(e.target.value)} placeholder="request id, error, condition…" aria-describedby={`${id}-h`} />
        <span id={`${id}-h`} className="muted small">
          Showing {formatNumber(view.rows.length)} of {formatNumber(view.matching)} matching; the engine kept {formatNumber(view.kept)} of {formatNumber(view.total)} deliveries.
          {view.matching > MAX_ROWS && ` Only the first ${MAX_ROWS} are listed: narrow the filter.`}
        </span>
      </div>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Delivered records (scrollable)">
        <table className="dlq-table" data-testid="dlq-table">
          <caption className="visually-hidden">Delivered dead-letter and destination records</caption>
          <thead>
            <tr>
              <th scope="col">Delivered</th>
              <th scope="col">Destination</th>
              <th scope="col">Source</th>
              <th scope="col">Request</th>
              <th scope="col">Attempts</th>
              <th scope="col">First attempt</th>
              <th scope="col">Last attempt</th>
              <th scope="col">Error</th>
              <th scope="col">Condition</th>
            </tr>
          </thead>
          <tbody>
            {view.rows.map((r, i) => (
              <tr key={`${r.requestId}-${i}`}>
                <td>
                  <button type="button" className="link" onClick={() => seek(r.t)} title="Move the playhead here">
                    {formatSeconds(r.t)}
                  </button>
                </td>
                <td>
                  {r.destination} <span className="muted">({KIND_LABELS[r.kind]})</span>
                </td>
                <td>{r.sourceLabel}</td>
                <td>
                  <code>{r.requestId}</code>
                  {r.records > 1 && <span className="muted"> ×{r.records}</span>}
                </td>
                <td>{r.attempts}</td>
                <td>{formatSeconds(r.firstAttemptAt)}</td>
                <td>{formatSeconds(r.lastAttemptAt)}</td>
                <td>{r.error ?? '—'}</td>
                <td>{r.condition}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
