/**
 * What the app opens on, as a pure decision (the page's boot and the worker's early run share
 * it): a share link in the URL hash, unless it is the link this tab wrote for the kept draft (a
 * reload); else the kept draft; else the default preset.
 */
export type BootSource = { kind: 'link'; fragment: string } | { kind: 'stored' } | { kind: 'preset' };

export function chooseBootSource(fragment: string, stored: { draft: unknown; sharedFragment: string | null } | null): BootSource {
  const draft = stored?.draft ?? null;
  if (fragment && !(draft !== null && fragment === stored?.sharedFragment)) return { kind: 'link', fragment };
  return draft === null ? { kind: 'preset' } : { kind: 'stored' };
}
