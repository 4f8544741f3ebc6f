/**
 * The page's entry, kept tiny: it starts the simulation worker and hands it what the page will
 * open on (the URL hash and the stored draft, read raw), so the worker loads and simulates while
 * React and the app's code download, parse and render. Then it loads the app.
 */
import { simulationWorker } from '../worker/client';
import { DRAFT_STORAGE_KEY } from './state/draftStorage';
import './styles.css';

performance.mark('lambdascope:entry');

function storedDraftText(): string | null {
  try {
    return localStorage.getItem(DRAFT_STORAGE_KEY);
  } catch {
    return null; // storage blocked: the app opens the default preset
  }
}

simulationWorker().boot({ fragment: window.location.hash.replace(/^#/, ''), stored: storedDraftText() });
await import('./app/mount');
