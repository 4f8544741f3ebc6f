/**
 * What the user is looking at: the shared time window (null = the whole run), the function the
 * concurrency and timeline panels show, the dead-letter filter, and which side tab is open.
 */
import { create } from 'zustand';
import type { TimeWindow } from '../charts/timeAxis';

export type SideTab = 'presets' | 'form' | 'json';

export interface UiState {
  window: TimeWindow | null;
  /** A function name, or null for all functions. */
  functionFilter: string | null;
  /** With several functions and no filter: one concurrency chart per function (else one summed chart). */
  splitFunctions: boolean;
  deadLetterFilter: string;
  sideTab: SideTab;
  modelNotesOpen: boolean;
  setWindow: (window: TimeWindow | null) => void;
  setFunctionFilter: (name: string | null) => void;
  setSplitFunctions: (split: boolean) => void;
  setDeadLetterFilter: (text: string) => void;
  setSideTab: (tab: SideTab) => void;
  setModelNotesOpen: (open: boolean) => void;
}

export const useUiStore = create<UiState>((set) => ({
  window: null,
  functionFilter: null,
  splitFunctions: true,
  deadLetterFilter: '',
  sideTab: 'presets',
  modelNotesOpen: false,
  setWindow: (window) => set({ window }),
  setFunctionFilter: (functionFilter) => set({ functionFilter }),
  setSplitFunctions: (splitFunctions) => set({ splitFunctions }),
  setDeadLetterFilter: (deadLetterFilter) => set({ deadLetterFilter }),
  setSideTab: (sideTab) => set({ sideTab }),
  setModelNotesOpen: (modelNotesOpen) => set({ modelNotesOpen }),
}));
