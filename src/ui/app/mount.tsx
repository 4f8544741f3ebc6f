/** Boots the stores (link, stored draft or default preset) and renders the app. */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { App } from '../App';
import { boot } from './boot';

performance.mark('lambdascope:app-loaded');
const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false, refetchOnWindowFocus: false } } });
const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const brokenLink = await boot();
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <App brokenLink={brokenLink} />
    </QueryClientProvider>
  </StrictMode>,
);
