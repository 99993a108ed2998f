// The in-process engines (each is run inside its own child node process by child.mjs).
export const IN_PROCESS = {
  builtin: () => import('./builtin.mjs').then((m) => m.create()),
  fengari: () => import('./fengari.mjs').then((m) => m.create()),
  wasmoon: () => import('./wasmoon.mjs').then((m) => m.create()),
};
