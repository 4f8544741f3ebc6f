/** The run in flight (progress from the worker) and the worker's health, for the status bar. */
import { create } from 'zustand';
import type { RunProgress } from '../../worker/api';

export interface RunState {
  progress: RunProgress | null;
  /** The last worker crash, shown until the next run succeeds. */
  workerError: string | null;
  setProgress: (progress: RunProgress | null) => void;
  setWorkerError: (message: string | null) => void;
}

export const useRunStore = create<RunState>((set) => ({
  progress: null,
  workerError: null,
  setProgress: (progress) => set({ progress }),
  setWorkerError: (workerError) => set({ workerError }),
}));
