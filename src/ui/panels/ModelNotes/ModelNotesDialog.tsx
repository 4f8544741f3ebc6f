/**
 * Model notes (lazy-loaded): every constant the engine used for this run, marked AWS-documented
 * (with its source), third-party, or assumption (with why) — so nobody mistakes an illustration
 * for a promise.
 */
import { useEffect, useRef } from 'react';
import type { SimulationResult } from '../../../engine/resultTypes';
import { selectModelNotes } from './select';

export default function ModelNotesDialog({ result, onClose }: { result: SimulationResult; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const el = dialog.current;
    if (el && !el.open) el.showModal();
  }, []);
  const view = selectModelNotes(result);
  return (
    <dialog ref={dialog} className="model-notes" aria-labelledby="model-notes-title" onClose={onClose} data-testid="model-notes">
      <header className="dialog-header">
        <h2 id="model-notes-title">Model notes: the {view.count} constants behind this run</h2>
        <button type="button" onClick={() => dialog.current?.close()} autoFocus>
          Close
        </button>
      </header>
      <p className="muted">
        The simulator follows AWS’s documentation where it says something, and says so. Where AWS is silent we chose a value: those are marked
        <em> assumption</em>, with the reason. Change them in the scenario where the format allows.
      </p>
      {view.empty && <p>{view.empty}</p>}
      {view.groups.map((g) => (
        <section key={g.kind}>
          <h3>
            <span className={`badge badge-${g.kind}`}>{g.label}</span> <span className="muted small">{g.explanation}</span>
          </h3>
          <table className="notes-table">
            <thead>
              <tr>
                <th scope="col">Constant</th>
                <th scope="col">Value</th>
                <th scope="col">{g.kind === 'assumption' ? 'Why' : 'Source'}</th>
              </tr>
            </thead>
            <tbody>
              {g.constants.map((c) => (
                <tr key={c.name}>
                  <th scope="row">{c.name}</th>
                  <td>
                    <code>{c.value}</code>
                  </td>
                  <td>
                    {c.href ? (
                      <a href={c.href} target="_blank" rel="noreferrer">
                        {c.source}
                      </a>
                    ) : (
                      c.source
                    )}
                    {c.note && <div className="muted small">{c.note}</div>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ))}
    </dialog>
  );
}
