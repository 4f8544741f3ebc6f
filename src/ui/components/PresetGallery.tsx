/** Every preset, with the concept it teaches and what to watch; the one on screen is marked. */
import { PRESETS } from '../../scenario/presets';
import { loadPreset } from '../app/boot';
import { useDraftStore } from '../state/useDraftStore';
import { usePlaybackStore } from '../state/usePlaybackStore';
import { useUiStore } from '../state/useUiStore';

export function PresetGallery() {
  const origin = useDraftStore((s) => s.origin);
  const activeId = origin.kind === 'preset' ? origin.presetId : null;
  const open = (id: string) => {
    loadPreset(id);
    useUiStore.getState().setWindow(null);
    useUiStore.getState().setFunctionFilter(null);
    usePlaybackStore.getState().pause();
  };
  return (
    <ul className="presets" aria-label="Presets" data-testid="preset-gallery">
      {PRESETS.map((p) => (
        <li key={p.id}>
          <button
            type="button"
            className={`preset${p.id === activeId ? ' preset-active' : ''}`}
            aria-pressed={p.id === activeId}
            onClick={() => open(p.id)}
            data-testid={`preset-${p.id}`}
          >
            <span className="preset-title">{p.title}</span>
            <span className="preset-concept">{p.concept}</span>
            {p.id === activeId && (
              <span className="preset-watch">
                <strong>Watch:</strong> {p.watch}
              </span>
            )}
          </button>
        </li>
      ))}
    </ul>
  );
}
