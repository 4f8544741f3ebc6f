/** Narration: the run's notable moments in order; clicking one moves the playhead there. */
import { Panel } from '../../components/Panel';
import type { Run } from '../../queries/useSimulation';
import { usePlaybackStore } from '../../state/usePlaybackStore';
import { selectNarration } from './select';

export function NarrationPanel({ run }: { run: Run }) {
  const playhead = usePlaybackStore((s) => s.playhead);
  const seek = usePlaybackStore((s) => s.seek);
  const pause = usePlaybackStore((s) => s.pause);
  const view = selectNarration(run.result, playhead);
  return (
    <Panel id="narration" title="What happened" explanation="Notable moments, in order. Click one to move the playhead there; moments still ahead of the playhead are dimmed." empty={view.empty}>
      <ol className="narration" data-testid="narration" tabIndex={0} aria-label="Notable moments (scrollable)">
        {view.items.map((item, i) => (
          <li key={item.key} className={`moment moment-${item.tone}${item.passed ? '' : ' moment-ahead'}${i === view.current ? ' moment-current' : ''}`}>
            <button
              type="button"
              onClick={() => {
                pause();
                seek(item.t);
              }}
              aria-current={i === view.current ? 'step' : undefined}
            >
              <span className="moment-time">{item.time}</span>
              <span className="moment-text">{item.text}</span>
            </button>
          </li>
        ))}
      </ol>
    </Panel>
  );
}
