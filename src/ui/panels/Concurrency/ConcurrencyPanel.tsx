/**
 * Concurrency: executions stacked by state, the limits over them, throttles by cause beneath.
 * With several functions: one chart each (their own reserved/provisioned lines), all of them
 * summed against the account limit, or one function alone.
 */
import { useMemo } from 'react';
import type { Run } from '../../queries/useSimulation';
import { ChartSvg } from '../../charts/ChartSvg';
import { Legend } from '../../charts/Legend';
import { runDuration } from '../../charts/seriesAccess';
import type { TimeWindow } from '../../charts/timeAxis';
import { useElementWidth } from '../../charts/useElementWidth';
import { useViewWindow } from '../../charts/useViewWindow';
import { Panel } from '../../components/Panel';
import { formatNumber } from '../../lib/format';
import { useUiStore } from '../../state/useUiStore';
import { readoutAt, selectConcurrency } from './select';

interface ChartProps {
  run: Run;
  filter: string | null;
  window: TimeWindow;
  width: number;
  height: number;
  testId: string;
  yFloor?: number;
}

function ConcurrencyChart({ run, filter, window, width, height, testId, yFloor }: ChartProps) {
  const { result, scenario } = run;
  const view = useMemo(
    () => selectConcurrency({ result, scenario, functionFilter: filter, window, width, height, ...(yFloor ? { yFloor } : {}) }),
    [result, scenario, filter, window.t0, window.t1, width, height, yFloor], // eslint-disable-line react-hooks/exhaustive-deps
  );
  const metrics = [...view.legend, ...view.throttleLegend].map((l) => l.key);
  const readout = (t: number) => readoutAt(result, filter, metrics, t);
  const who = filter ?? 'all functions';
  return (
    <div data-testid={`${testId}-group`}>
      <Legend items={view.legend} readout={readout} />
      <ChartSvg
        geometry={view.chart}
        label={`Concurrent executions over time (${who})`}
        description={`Stacked by state: ${view.legend.filter((l) => l.shape === 'area').map((l) => l.label).join(', ')}.`}
        testId={testId}
      />
      {view.throttles ? (
        <>
          <p className="chart-subtitle chart-subtitle-minor">Throttles by cause ({who})</p>
          <Legend items={view.throttleLegend} readout={readout} unit="in interval" />
          <ChartSvg geometry={view.throttles} label={`Throttles per second by cause (${who})`} description={`${formatNumber(view.throttleTotal)} throttled attempts in the run.`} testId={`${testId}-throttles`} />
        </>
      ) : (
        <p className="muted small no-throttles" data-testid="no-throttles">
          No throttles{filter ? ` for ${filter}` : ''}: there was always concurrency, scaling capacity and request-rate budget to spare.
        </p>
      )}
    </div>
  );
}

export function ConcurrencyPanel({ run }: { run: Run }) {
  const { result } = run;
  const [ref, width] = useElementWidth<HTMLDivElement>();
  const functionFilter = useUiStore((s) => s.functionFilter);
  const split = useUiStore((s) => s.splitFunctions);
  const { setFunctionFilter, setSplitFunctions } = useUiStore.getState();
  const window = useViewWindow(runDuration(result));
  const names = Object.keys(result.series.functions);
  const filter = functionFilter !== null && result.series.functions[functionFilter] ? functionFilter : null;
  const each = filter === null && split && names.length > 1;
  const choice = filter ?? (each ? '__each' : '__all');
  // One scale for all the per-function charts, so their heights compare.
  const sharedPeak = Math.max(0, ...names.map((n) => result.summary.functions[n]?.maxConcurrency ?? 0));
  return (
    <Panel
      id="concurrency"
      title="Concurrency"
      explanation="Execution environments working at each moment (averaged over each interval), stacked by state; dashed lines are the limits that cap them. Values at the playhead are in the legend."
      actions={
        names.length > 1 && (
          <label className="inline-field">
            <span>Show</span>
            <select
              value={choice}
              title="Draw each function on its own chart (with its reserved and provisioned lines), all of them summed against the account limit, or one alone"
              aria-describedby="concurrency-show-hint"
              onChange={(e) => {
                const v = e.target.value;
                setSplitFunctions(v === '__each');
                setFunctionFilter(v.startsWith('__') ? null : v);
              }}
            >
              <option value="__each">Each function separately</option>
              <option value="__all">All functions together</option>
              {names.map((n) => (
                <option key={n} value={n}>
                  Only {n}
                </option>
              ))}
            </select>
            <span id="concurrency-show-hint" className="visually-hidden">
              Each function separately shows its own limits; all together sums them against the account limit.
            </span>
          </label>
        )
      }
    >
      <div ref={ref} className="chart-box">
        {each && <p className="muted small">One chart per function, all on the same scale so their heights compare.</p>}
        {width > 0 &&
          (each ? (
            names.map((name, i) => (
              <div key={name} className="function-chart">
                <h3 className="chart-subtitle">{name}</h3>
                <ConcurrencyChart run={run} filter={name} window={window} width={width} height={names.length > 2 ? 160 : 190} yFloor={sharedPeak} testId={i === 0 ? 'concurrency-chart' : `concurrency-chart-${i}`} />
              </div>
            ))
          ) : (
            <ConcurrencyChart run={run} filter={filter} window={window} width={width} height={230} testId="concurrency-chart" />
          ))}
      </div>
    </Panel>
  );
}
