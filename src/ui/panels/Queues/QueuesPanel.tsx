/** Queues: work waiting for the function — async events, SQS messages, stream records per shard. */
import { useMemo } from 'react';
import { ChartSvg } from '../../charts/ChartSvg';
import { Legend } from '../../charts/Legend';
import { runDuration } from '../../charts/seriesAccess';
import { useElementWidth } from '../../charts/useElementWidth';
import { useViewWindow } from '../../charts/useViewWindow';
import { Panel } from '../../components/Panel';
import type { Run } from '../../queries/useSimulation';
import { queueReadoutAt, selectQueues } from './select';

export function QueuesPanel({ run }: { run: Run }) {
  const { result, scenario } = run;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const window = useViewWindow(runDuration(result));
  const view = useMemo(
    () => (width > 0 ? selectQueues(result, scenario, window, width) : null),
    [result, scenario, window.t0, window.t1, width], // eslint-disable-line react-hooks/exhaustive-deps
  );
  return (
    <Panel
      id="queues"
      title="Queues"
      explanation="Work waiting to be processed: how much is waiting, and how old the oldest item is. A growing age means the function is falling behind. Values at the playhead are in the legends."
      empty={view?.empty ?? null}
    >
      <div ref={ref} className="chart-box">
        {view?.rows.map((row) => (
          <div key={row.sourceIndex} className="queue-row" data-testid={`queue-source-${row.sourceIndex}`}>
            <h3 className="chart-subtitle">{row.title}</h3>
            <p className="muted small">{row.explanation}</p>
            {row.charts.map((chart) => (
              <div key={chart.key}>
                <p className="chart-subtitle chart-subtitle-minor">{chart.title}</p>
                <Legend items={chart.legend} readout={(t) => queueReadoutAt(result, row.sourceIndex, chart.legend.map((l) => l.key), t)} unit={chart.unit} />
                {chart.note && <p className="muted small">{chart.note}</p>}
                <ChartSvg geometry={chart.geometry} label={`${row.title}: ${chart.title}`} description={chart.title} testId={`queue-chart-${row.sourceIndex}-${chart.key}`} />
              </div>
            ))}
          </div>
        ))}
      </div>
    </Panel>
  );
}
