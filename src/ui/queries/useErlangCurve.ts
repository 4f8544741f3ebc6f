import { useQuery } from '@tanstack/react-query';
import { simulationWorker } from '../../worker/client';

/** Erlang B blocking curve computed in the worker, cached by its inputs. */
export function useErlangCurve(maxServers: number, load: number) {
  return useQuery({
    queryKey: ['erlangB', maxServers, load],
    queryFn: () => simulationWorker().erlangBCurve(maxServers, load),
    staleTime: Infinity,
  });
}
