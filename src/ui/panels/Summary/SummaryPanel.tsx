/** Summary: where every request ended (the identity, checked), latency, cold starts, cost. */
import { useMemo } from 'react';
import { Panel } from '../../components/Panel';
import { formatLatency, formatNumber, formatPercent, formatUSD } from '../../lib/format';
import type { Run } from '../../queries/useSimulation';
import { selectSummary } from './select';

export function SummaryPanel({ run }: { run: Run }) {
  const view = useMemo(() => selectSummary(run.result), [run.result]);
  return (
    <Panel id="summary" title="Summary" explanation="Where every request ended up. Each one ends in exactly one outcome (or is still pending), so the outcomes always add up to the requests.">
      <div className="identity" data-testid="summary-identity">
        <p className="identity-equation">
          <strong>{formatNumber(view.requests)}</strong> requests ={' '}
          {view.outcomes.map((o, i) => (
            <span key={o.outcome}>
              {i > 0 && ' + '}
              <span className="outcome" title={o.meaning}>
                <span className="dot" style={{ background: o.color }} aria-hidden="true" />
                {formatNumber(o.count)} {o.label.toLowerCase()}
              </span>
            </span>
          ))}{' '}
          {view.identityHolds ? <span className="ok">✓ adds up</span> : <span className="bad">✗ does not add up (an engine bug: please report it)</span>}
        </p>
        <div className="outcome-bar" role="img" aria-label={view.outcomes.map((o) => `${o.label} ${formatPercent(o.share)}`).join(', ')}>
          {view.outcomes.filter((o) => o.count > 0).map((o) => (
            <span key={o.outcome} style={{ width: `${o.share * 100}%`, background: o.color }} title={`${o.label}: ${formatNumber(o.count)} — ${o.meaning}`} />
          ))}
        </div>
      </div>
      <dl className="figures" data-testid="summary-figures">
        <div><dt>Invocations</dt><dd>{formatNumber(view.invocations)}</dd></div>
        <div><dt>Cold starts</dt><dd data-testid="summary-coldstarts">{formatNumber(view.coldStarts)} <span className="muted">({formatPercent(view.coldStartRate)} of invocations)</span></dd></div>
        <div><dt>Throttles</dt><dd>{formatNumber(view.throttles)}</dd></div>
        <div><dt>Errors</dt><dd>{formatNumber(view.errors)}</dd></div>
        <div><dt>Retries</dt><dd>{formatNumber(view.retries)}</dd></div>
        <div><dt>Peak concurrency</dt><dd>{formatNumber(view.maxConcurrency)}</dd></div>
        <div>
          <dt>Cost</dt>
          <dd data-testid="summary-cost">
            {formatUSD(view.costUSD)}{' '}
            <span className="muted">
              (requests {formatUSD(view.cost.requestsUSD)}, duration {formatUSD(view.cost.durationUSD)}, init {formatUSD(view.cost.initUSD)}
              {view.cost.provisionedUSD > 0 && `, provisioned ${formatUSD(view.cost.provisionedUSD)}`})
            </span>
          </dd>
        </div>
      </dl>
      <div className="table-scroll" tabIndex={0} role="region" aria-label="Per-function figures (scrollable)">
        <table className="summary-table">
          <caption>Per function: latency is end to end as the caller saw it, over requests that succeeded.</caption>
          <thead>
            <tr>
              <th scope="col">Function</th>
              <th scope="col">Requests</th>
              <th scope="col">Invocations</th>
              <th scope="col">Cold-start rate</th>
              <th scope="col">p50</th>
              <th scope="col">p95</th>
              <th scope="col">p99</th>
              <th scope="col">Errors</th>
              <th scope="col">Throttles</th>
              <th scope="col">Cost</th>
            </tr>
          </thead>
          <tbody>
            {view.functions.map((f) => (
              <tr key={f.name}>
                <th scope="row">{f.name}</th>
                <td>{formatNumber(f.requests)}</td>
                <td>{formatNumber(f.invocations)}</td>
                <td>{formatPercent(f.coldStartRate)}</td>
                <td>{f.latencyCount ? formatLatency(f.p50) : '—'}</td>
                <td>{f.latencyCount ? formatLatency(f.p95) : '—'}</td>
                <td>{f.latencyCount ? formatLatency(f.p99) : '—'}</td>
                <td>{formatNumber(f.errors)}</td>
                <td>{formatNumber(f.throttles)}</td>
                <td>{formatUSD(f.costUSD)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </Panel>
  );
}
