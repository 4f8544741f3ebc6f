/**
 * A number knob: a slider for dragging (log-scaled when the range is wide) and a text box for
 * exact values. A value out of range is kept as typed and the scenario's own error is shown under
 * it — never silently clamped. Text that is not a number is not applied, and says so.
 */
import { useEffect, useId, useState } from 'react';
import type { NumberField } from './formModel';

interface Props {
  field: NumberField;
  value: unknown;
  errors: string[];
  onChange: (value: unknown) => void;
}

const SLIDER_STEPS = 1000;

function sliderScale(field: NumberField, current: number) {
  const lo = field.min;
  const hi = Math.min(field.max, Math.max(field.integer ? 100 : 10, Math.abs(current) * 10, lo + 1));
  const log = hi / Math.max(lo, 1e-9) > 1000 || (lo <= 0 && hi > 1000);
  const floor = field.integer ? 1 : hi / 1e4;
  if (!log) {
    return {
      toPos: (v: number) => ((v - lo) / (hi - lo)) * SLIDER_STEPS,
      fromPos: (p: number) => round(lo + (p / SLIDER_STEPS) * (hi - lo), field.integer),
    };
  }
  const a = Math.max(lo, floor);
  return {
    toPos: (v: number) => (v <= a ? 0 : (Math.log(v / a) / Math.log(hi / a)) * SLIDER_STEPS),
    fromPos: (p: number) => (p <= 0 ? lo : round(a * Math.pow(hi / a, p / SLIDER_STEPS), field.integer)),
  };
}

function round(v: number, integer: boolean): number {
  if (integer) return Math.round(v);
  return Number(v.toPrecision(v < 1 ? 2 : 3));
}

export function NumberInput({ field, value, errors, onChange }: Props) {
  const id = useId();
  const isNull = value === null || value === undefined;
  const numeric = typeof value === 'number' ? value : NaN;
  const [text, setText] = useState(isNull ? '' : String(value));
  const [parseError, setParseError] = useState<string | null>(null);
  useEffect(() => {
    setText(value === null || value === undefined ? '' : String(value));
    setParseError(null);
  }, [value]);
  const scale = sliderScale(field, Number.isFinite(numeric) ? numeric : field.min);
  const commitText = (next: string) => {
    setText(next);
    const parsed = Number(next.trim());
    if (next.trim() === '' || !Number.isFinite(parsed)) {
      setParseError(`“${next}” is not a number: not applied.`);
      return;
    }
    setParseError(null);
    onChange(parsed);
  };
  const off = field.nullable && isNull;
  const problems = [...(parseError ? [parseError] : []), ...errors];
  return (
    <div className={`field${problems.length ? ' field-invalid' : ''}`}>
      <label htmlFor={`${id}-n`} className="field-label">
        {field.label}
      </label>
      {field.nullable && (
        <label className="field-toggle">
          <input type="checkbox" checked={!off} onChange={(e) => onChange(e.target.checked ? { on: true } : null)} aria-describedby={`${id}-h`} />
          <span>{off ? field.nullable.offLabel : 'Set'}</span>
        </label>
      )}
      {!off && (
        <div className="field-inputs">
          <input
            type="range"
            min={0}
            max={SLIDER_STEPS}
            step={1}
            value={Number.isFinite(numeric) ? Math.min(SLIDER_STEPS, Math.max(0, scale.toPos(numeric))) : 0}
            onChange={(e) => onChange(scale.fromPos(Number(e.target.value)))}
            aria-label={`${field.label} (slider)`}
            aria-valuetext={text}
            aria-describedby={`${id}-h`}
          />
          <input
            id={`${id}-n`}
            type="text"
            inputMode="decimal"
            value={text}
            onChange={(e) => commitText(e.target.value)}
            aria-invalid={problems.length > 0}
            aria-describedby={`${id}-h${problems.length ? ` ${id}-e` : ''}`}
            className="field-number"
          />
        </div>
      )}
      <p id={`${id}-h`} className="field-hint">
        {field.hint}
      </p>
      {problems.length > 0 && (
        <p id={`${id}-e`} className="field-error" role="alert">
          {problems.join(' ')}
        </p>
      )}
    </div>
  );
}
