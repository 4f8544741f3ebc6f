/**
 * `minimizeScenario()` drops every field whose value `restore()` would fill in anyway, so share
 * links and saved files carry only what the author chose. It is correct by construction: a field
 * is dropped only if restoring the document without it still gives back exactly the same scenario
 * (so defaults that depend on other fields, like the legacy burst limit, are handled too).
 */
import type { Scenario } from './types';
import { deepEqual } from './deepEqual';
import { restoreScenario } from './restore';

type Json = Record<string, unknown>;

/** The smallest input document (by dropping fields) that restores to exactly `scenario`. */
export function minimizeScenario(scenario: Scenario): Json {
  const doc = JSON.parse(JSON.stringify(scenario)) as Json;
  const restoresToScenario = (): boolean => {
    const restored = restoreScenario(doc);
    return restored.ok && deepEqual(restored.scenario, scenario);
  };
  // A scenario that does not restore to itself (invalid, or not a restored one) is left whole.
  if (!restoresToScenario()) return doc;
  prune(doc, restoresToScenario, true);
  return doc;
}

function prune(node: unknown, restoresToScenario: () => boolean, isRoot: boolean): void {
  if (Array.isArray(node)) {
    for (const element of node) prune(element, restoresToScenario, false);
    return;
  }
  if (typeof node !== 'object' || node === null) return;
  const obj = node as Json;
  const order = Object.keys(obj);
  for (const key of order) {
    if (isRoot && key === 'version') continue;
    const value = obj[key];
    delete obj[key];
    if (restoresToScenario()) continue;
    obj[key] = value;
    prune(value, restoresToScenario, false);
  }
  // Put the kept keys back in their original order (re-adding a key moved it to the end).
  const kept = order.filter((k) => Object.hasOwn(obj, k)).map((k) => [k, obj[k]] as const);
  for (const [k] of kept) delete obj[k];
  for (const [k, v] of kept) obj[k] = v;
}
