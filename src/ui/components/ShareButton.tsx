/**
 * Copy link: the URL (the whole scenario is in its hash) to the clipboard; when the browser blocks
 * the clipboard, a selectable field with the link instead. The link follows edits live.
 */
import { useEffect, useRef, useState } from 'react';

export function ShareButton({ url }: { url: string }) {
  const [state, setState] = useState<'idle' | 'copied' | 'manual'>('idle');
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (state === 'manual') field.current?.select();
    if (state !== 'copied') return undefined;
    const timer = setTimeout(() => setState('idle'), 2000);
    return () => clearTimeout(timer);
  }, [state]);
  const copy = async () => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setState('copied');
    } catch {
      setState('manual');
    }
  };
  return (
    <div className="share">
      <button type="button" onClick={() => void copy()} disabled={!url} data-testid="copy-link">
        {state === 'copied' ? '✓ Link copied' : 'Copy link'}
      </button>
      {state === 'manual' && (
        <label className="share-manual">
          <span>The clipboard is blocked here: copy this link (it holds the whole scenario)</span>
          <input ref={field} readOnly value={url} onFocus={(e) => e.currentTarget.select()} data-testid="share-url" />
          <button type="button" onClick={() => setState('idle')}>
            Close
          </button>
        </label>
      )}
    </div>
  );
}
