/**
 * The whole scenario as JSON (lazy-loaded). A plain textarea with a line gutter: syntax errors are
 * shown at their line and column, validation errors at the line of the path they name. Text that
 * does not parse is kept (in local storage too) and the last valid result stays on screen.
 */
import { useMemo, useRef } from 'react';
import { useRun } from '../app/RunContext';
import { lineForPath, readJson } from '../lib/jsonLocate';
import { editedOrigin, useDraftStore } from '../state/useDraftStore';

interface Marker {
  line: number;
  text: string;
}

export default function JsonEditor() {
  const draft = useDraftStore((s) => s.draft);
  const jsonText = useDraftStore((s) => s.jsonText);
  const { validation } = useRun();
  const text = useMemo(() => jsonText ?? JSON.stringify(draft, null, 2), [jsonText, draft]);
  const read = useMemo(() => readJson(text), [text]);
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLPreElement>(null);

  const markers: Marker[] = useMemo(() => {
    if (!read.ok) return [{ line: read.line, text: `Line ${read.line}, column ${read.column}: ${read.message}` }];
    if (validation.ok) return [];
    return validation.errors.map((e) => {
      const line = lineForPath(read.lineOf, e.path) ?? 1;
      return { line, text: `Line ${line}: ${e.path ? `${e.path}: ` : ''}${e.message}` };
    });
  }, [read, validation]);

  const lines = text.split('\n').length;
  const flagged = new Set(markers.map((m) => m.line));
  const gutterText = Array.from({ length: lines }, (_, i) => `${flagged.has(i + 1) ? '⚠' : ' '}${String(i + 1).padStart(4)}`).join('\n');

  const onChange = (next: string) => {
    const parsed = readJson(next);
    const { setDraft, setJsonText, origin } = useDraftStore.getState();
    if (parsed.ok) setDraft(parsed.value, editedOrigin(origin), next);
    else setJsonText(next);
  };

  const goTo = (line: number) => {
    const el = area.current;
    if (!el) return;
    const offset = text.split('\n').slice(0, line - 1).reduce((n, l) => n + l.length + 1, 0);
    el.focus();
    el.setSelectionRange(offset, offset);
    el.scrollTop = Math.max(0, (line - 3) * 18);
  };

  return (
    <div className="json-editor" data-testid="json-editor">
      <p className="muted small">
        The whole scenario (format: DESIGN §3). Edits apply as soon as they are valid; until then the charts keep the last valid run.
      </p>
      <div id="json-errors" aria-live="polite">
        {markers.length === 0 ? (
          <p className="json-ok">✓ Valid scenario{validation.ok && validation.warnings.length ? ` (${validation.warnings.length} warning${validation.warnings.length === 1 ? '' : 's'})` : ''}</p>
        ) : (
          <ul className="json-problems" data-testid="json-errors">
            {markers.map((m) => (
              <li key={m.text}>
                <button type="button" className="link" onClick={() => goTo(m.line)}>
                  {m.text}
                </button>
              </li>
            ))}
          </ul>
        )}
        {validation.ok && validation.warnings.length > 0 && (
          <ul className="json-warnings">
            {validation.warnings.map((w) => (
              <li key={`${w.path}:${w.message}`}>
                {w.path ? `${w.path}: ` : ''}
                {w.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      <div className="json-frame">
        <pre ref={gutter} className="json-gutter" aria-hidden="true">
          {gutterText}
        </pre>
        <textarea
          ref={area}
          value={text}
          spellCheck={false}
          wrap="off"
          onChange={(e) => onChange(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
          aria-label="Scenario JSON"
          aria-invalid={markers.length > 0}
          aria-describedby="json-errors"
          data-testid="json-textarea"
        />
      </div>
    </div>
  );
}
