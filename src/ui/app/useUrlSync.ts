/**
 * Keeps the URL hash holding the scenario on screen (so the address bar is always a share link),
 * and opens a link pasted into the address bar of an open tab.
 */
import { useEffect, useRef, useState } from 'react';
import type { Scenario } from '../../scenario/types';
import { useDraftStore } from '../state/useDraftStore';
import { currentFragment, openLink, type BrokenLink } from './boot';

/** The share URL of the current scenario ('' until the first encoding). */
export function useUrlSync(scenario: Scenario | null, onBrokenLink: (broken: BrokenLink | null) => void): string {
  const [url, setUrl] = useState('');
  const written = useRef<string | null>(null);

  useEffect(() => {
    if (!scenario) return undefined;
    let cancelled = false;
    void import('../../scenario/urlCodec').then(({ encodeScenario }) => {
      if (cancelled) return;
      const fragment = encodeScenario(scenario);
      written.current = fragment;
      useDraftStore.getState().setSharedFragment(fragment);
      if (currentFragment() !== fragment) window.history.replaceState(null, '', `#${fragment}`);
      setUrl(window.location.href);
    });
    return () => {
      cancelled = true;
    };
  }, [scenario]);

  useEffect(() => {
    const onHashChange = () => {
      const fragment = currentFragment();
      if (fragment && fragment !== written.current) void openLink(fragment).then(onBrokenLink);
    };
    window.addEventListener('hashchange', onHashChange);
    return () => window.removeEventListener('hashchange', onHashChange);
  }, [onBrokenLink]);

  return url;
}
