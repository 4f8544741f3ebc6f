/** The form for the common knobs: every edit re-simulates (debounced) and updates the share link. */
import { useId, useMemo, useState } from 'react';
import { useRun } from '../app/RunContext';
import { formatPath, getPath, type PathKey } from '../lib/paths';
import { useDraftStore } from '../state/useDraftStore';
import { formGroups, type FormField } from './formModel';
import { NumberInput } from './NumberInput';

function errorsFor(errors: { path: string; message: string }[], path: PathKey[]): string[] {
  const p = formatPath(path);
  return errors.filter((e) => e.path === p).map((e) => e.message);
}

function FieldView({ field, errors }: { field: FormField; errors: { path: string; message: string }[] }) {
  const id = useId();
  const draft = useDraftStore((s) => s.draft);
  const setField = useDraftStore((s) => s.setField);
  const { scenario } = useRun();
  const fromDraft = getPath(draft, field.path);
  const value = fromDraft !== undefined ? fromDraft : getPath(scenario, field.path);
  const own = errorsFor(errors, field.path);
  if (field.kind === 'number') {
    const nullable = field.nullable;
    const offValue = nullable ? getPath(draft, nullable.offPath) ?? getPath(scenario, nullable.offPath) : undefined;
    const shown = nullable && offValue === null ? null : value;
    return (
      <NumberInput
        field={field}
        value={shown}
        errors={[...own, ...(nullable && nullable.offPath.length !== field.path.length ? errorsFor(errors, nullable.offPath) : [])]}
        onChange={(next) => {
          if (nullable && next === null) setField(nullable.offPath, null);
          else if (nullable && typeof next === 'object') setField(nullable.offPath, nullable.onValue);
          else setField(field.path, next);
        }}
      />
    );
  }
  if (field.kind === 'boolean') {
    return (
      <div className="field">
        <label className="field-toggle">
          <input type="checkbox" checked={value === true} onChange={(e) => setField(field.path, e.target.checked)} aria-describedby={`${id}-h`} />
          <span className="field-label">{field.label}</span>
        </label>
        <p id={`${id}-h`} className="field-hint">
          {field.hint}
        </p>
        {own.length > 0 && <p className="field-error">{own.join(' ')}</p>}
      </div>
    );
  }
  return (
    <div className="field">
      <label htmlFor={`${id}-s`} className="field-label">
        {field.label}
      </label>
      <select id={`${id}-s`} value={String(value)} onChange={(e) => setField(field.path, e.target.value)} aria-describedby={`${id}-h`}>
        {field.options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
      <p id={`${id}-h`} className="field-hint">
        {field.hint}
      </p>
      {own.length > 0 && <p className="field-error">{own.join(' ')}</p>}
    </div>
  );
}

export function ScenarioForm() {
  const { scenario, validation } = useRun();
  const [functionIndex, setFunctionIndex] = useState(0);
  const groups = useMemo(() => (scenario ? formGroups(scenario, Math.min(functionIndex, scenario.functions.length - 1)) : []), [scenario, functionIndex]);
  if (!scenario) return <p>No valid scenario yet: fix the JSON first.</p>;
  const errors = validation.ok ? [] : validation.errors;
  const shown = new Set(groups.flatMap((g) => g.fields.flatMap((f) => [formatPath(f.path), ...(f.kind === 'number' && f.nullable ? [formatPath(f.nullable.offPath)] : [])])));
  const other = errors.filter((e) => !shown.has(e.path));
  return (
    <form className="scenario-form" onSubmit={(e) => e.preventDefault()} aria-label="Scenario settings" data-testid="scenario-form">
      <p className="muted small">Changes re-simulate as you type or drag, and update the share link.</p>
      {other.length > 0 && (
        <div className="banner banner-warning" role="alert">
          {other.map((e) => (
            <div key={`${e.path}:${e.message}`}>
              <code>{e.path || 'scenario'}</code>: {e.message}
            </div>
          ))}
        </div>
      )}
      {scenario.functions.length > 1 && (
        <label className="field">
          <span className="field-label">Function to edit</span>
          <select value={functionIndex} onChange={(e) => setFunctionIndex(Number(e.target.value))}>
            {scenario.functions.map((f, i) => (
              <option key={f.name} value={i}>
                {f.name}
              </option>
            ))}
          </select>
        </label>
      )}
      {groups.map((group) => (
        <fieldset key={group.key}>
          <legend>{group.title}</legend>
          {group.note && <p className="field-hint">{group.note}</p>}
          {group.fields.map((field) => (
            <FieldView key={formatPath(field.path)} field={field} errors={errors} />
          ))}
        </fieldset>
      ))}
    </form>
  );
}
