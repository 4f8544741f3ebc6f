/** A chart legend: a swatch per series, its label, and (optionally) its value at the playhead. */
import { formatCompact } from '../lib/format';
import { usePlaybackStore } from '../state/usePlaybackStore';

export interface LegendEntry {
  key: string;
  label: string;
  color: string;
  shape: 'area' | 'line';
  dash?: string | undefined;
  note?: string | undefined;
}

interface Props {
  items: LegendEntry[];
  /** Values at the playhead, by key (null = not reported then). */
  readout?: (t: number) => Record<string, number | null>;
  unit?: string;
}

function Swatch({ item }: { item: LegendEntry }) {
  return (
    <svg width={18} height={10} aria-hidden="true" className="legend-swatch">
      {item.shape === 'area' ? (
        <rect x={0} y={0} width={18} height={10} fill={item.color} />
      ) : (
        <line x1={0} x2={18} y1={5} y2={5} stroke={item.color} strokeWidth={2} strokeDasharray={item.dash} />
      )}
    </svg>
  );
}

export function Legend({ items, readout, unit }: Props) {
  const playhead = usePlaybackStore((s) => (readout ? s.playhead : 0));
  const values = readout ? readout(playhead) : {};
  return (
    <ul className="legend">
      {items.map((item) => {
        const value = values[item.key];
        return (
          <li key={item.key}>
            <Swatch item={item} />
            <span>{item.label}</span>
            {item.note && <em className="legend-note"> ({item.note})</em>}
            {value !== undefined && value !== null && (
              <strong className="legend-value" data-testid="legend-value">
                {formatCompact(value)}
                {unit ? ` ${unit}` : ''}
              </strong>
            )}
          </li>
        );
      })}
    </ul>
  );
}
