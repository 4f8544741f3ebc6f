/** The Export menu: result JSON, metrics CSV, charts as SVG or PNG (the export code loads on first use). */
import { useState } from 'react';
import type { SimulationResult } from '../../engine/resultTypes';

// eslint-disable-next-line @typescript-eslint/consistent-type-imports -- the type of a lazily loaded module
type Exports = typeof import('../export/exports');

export function ExportMenu({ result, name }: { result: SimulationResult | undefined; name: string }) {
  const [error, setError] = useState<string | null>(null);
  const run = (action: (m: Exports) => void | Promise<void>) => {
    setError(null);
    import('../export/exports')
      .then(action)
      .catch((e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  };
  return (
    <details className="menu">
      <summary>Export</summary>
      <div className="menu-items">
        <button type="button" disabled={!result} onClick={() => result && run((m) => m.exportResultJson(result, name))}>
          Result (JSON)
        </button>
        <button type="button" disabled={!result} onClick={() => result && run((m) => m.exportMetricsCsv(result, name))}>
          Metrics (CSV)
        </button>
        <button type="button" disabled={!result} onClick={() => run((m) => m.exportChartsSvg(name))}>
          Charts (SVG)
        </button>
        <button type="button" disabled={!result} onClick={() => run((m) => m.exportChartsPng(name))}>
          Charts (PNG)
        </button>
        {error && <p role="alert">Export failed: {error}</p>}
      </div>
    </details>
  );
}
