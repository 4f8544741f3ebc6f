import type { BrokenLink } from './app/boot';
import { AppShell } from './app/AppShell';
import { RunProvider } from './app/RunContext';

export function App({ brokenLink }: { brokenLink: BrokenLink | null }) {
  return (
    <RunProvider>
      <AppShell initialBrokenLink={brokenLink} />
    </RunProvider>
  );
}
