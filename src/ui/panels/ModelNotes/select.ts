/** Model notes, as data: every constant the engine used, grouped AWS-documented / third-party / assumption. */
import type { ModelConstant, SimulationResult } from '../../../engine/resultTypes';

export const KIND_INFO: Record<ModelConstant['kind'], { label: string; explanation: string }> = {
  aws: { label: 'AWS-documented', explanation: 'Stated in AWS’s documentation (source given).' },
  thirdParty: { label: 'Third-party figure', explanation: 'Published outside AWS (source given); AWS does not document it.' },
  assumption: { label: 'Assumption', explanation: 'AWS documents nothing here; we chose a value and say why.' },
};

const ORDER: ModelConstant['kind'][] = ['aws', 'thirdParty', 'assumption'];

/** A source that is a web address (with or without scheme) becomes a link. */
export function sourceHref(source: string): string | null {
  const trimmed = source.trim();
  if (/^https?:\/\/\S+$/.test(trimmed)) return trimmed;
  if (/^[a-z0-9.-]+\.(com|org|io|net|aws|amazon\.com)(\/\S*)?$/i.test(trimmed)) return `https://${trimmed}`;
  return null;
}

export function selectModelNotes(result: SimulationResult) {
  const groups = ORDER.map((kind) => ({
    kind,
    ...KIND_INFO[kind],
    constants: result.constants.filter((c) => c.kind === kind).map((c) => ({ ...c, href: sourceHref(c.source) })),
  })).filter((g) => g.constants.length > 0);
  return { groups, count: result.constants.length, empty: result.constants.length === 0 ? 'The engine reported no constants for this run.' : null };
}
