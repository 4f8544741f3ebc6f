import { create } from 'zustand';

interface CurveState {
  load: number;
  curve: Float64Array | null;
  setLoad: (load: number) => void;
  setCurve: (curve: Float64Array) => void;
}

/** The Erlang curve's inputs and the worker's last answer. */
export const useCurveStore = create<CurveState>((set) => ({
  load: 20,
  curve: null,
  setLoad: (load) => set({ load }),
  setCurve: (curve) => set({ curve }),
}));
