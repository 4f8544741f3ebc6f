/** A titled panel: a heading, a one-line explanation, optional actions, and its content or why it is empty. */
import type { ReactNode } from 'react';

interface Props {
  id: string;
  title: string;
  explanation: ReactNode;
  actions?: ReactNode;
  empty?: string | null;
  children?: ReactNode;
}

export function Panel({ id, title, explanation, actions, empty, children }: Props) {
  return (
    <section className="panel" aria-labelledby={`${id}-title`} data-testid={`panel-${id}`}>
      <header className="panel-header">
        <div>
          <h2 id={`${id}-title`}>{title}</h2>
          <p className="panel-explanation">{explanation}</p>
        </div>
        {actions && <div className="panel-actions">{actions}</div>}
      </header>
      {empty ? (
        <p className="panel-empty" data-testid={`panel-${id}-empty`}>
          {empty}
        </p>
      ) : (
        children
      )}
    </section>
  );
}
