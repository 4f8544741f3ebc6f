/** The header: the product, the scenario on screen (name, description, what to watch), share and export. */
import { getPreset } from '../../scenario/presets';
import type { Scenario } from '../../scenario/types';
import type { SimulationResult } from '../../engine/resultTypes';
import { useDraftStore } from '../state/useDraftStore';
import { useUiStore } from '../state/useUiStore';
import { ExportMenu } from './ExportMenu';
import { ShareButton } from './ShareButton';

interface Props {
  scenario: Scenario | null;
  result: SimulationResult | undefined;
  shareUrl: string;
}

export function Header({ scenario, result, shareUrl }: Props) {
  const origin = useDraftStore((s) => s.origin);
  const presetId = origin.kind === 'preset' ? origin.presetId : origin.kind === 'edited' ? origin.presetId : null;
  const preset = presetId ? getPreset(presetId) : undefined;
  const openNotes = useUiStore((s) => s.setModelNotesOpen);
  return (
    <header className="app-header">
      <div className="brand">
        <span className="logo" aria-hidden="true">
          λ
        </span>
        <span>
          LambdaScope
          <span className="tagline">watch the AWS Lambda execution model</span>
        </span>
      </div>
      <div className="scenario-heading">
        <h1 data-testid="scenario-name">
          {scenario?.name ?? 'Loading…'}
          {origin.kind === 'edited' && <span className="badge badge-edited">edited</span>}
          {origin.kind === 'link' && <span className="badge badge-link">from a link</span>}
        </h1>
        {scenario?.description && <p className="scenario-description">{scenario.description}</p>}
        {preset && (
          <p className="scenario-watch">
            <strong>Watch:</strong> {preset.watch}
          </p>
        )}
      </div>
      <div className="header-actions">
        <ShareButton url={shareUrl} />
        <ExportMenu result={result} name={scenario?.name ?? 'scenario'} />
        <button type="button" onClick={() => openNotes(true)} disabled={!result} data-testid="open-model-notes">
          Model notes
        </button>
      </div>
    </header>
  );
}
