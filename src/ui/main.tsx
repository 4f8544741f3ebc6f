import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from './App';
import { boot } from './app/boot';
import { simulationWorker } from '../worker/client';
import './styles.css';

const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
// Start the worker now, so its code downloads while the page boots.
simulationWorker().warmUp();
const brokenLink = await boot();
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App brokenLink={brokenLink} />
    </QueryClientProvider>
  </StrictMode>,
);
