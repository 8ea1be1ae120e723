// The runner's public entry: its draft (restoring, questions about it, what is sent to the guide), where drafts are
// stored, step navigation, and the check-in's labels. The check-in's journal side (check-ins.ts) is left out on
// purpose: islands load it on demand, so the journal stays out of the runner's first load.
export * from './check-in-labels';
export * from './draft';
export * from './draft-storage';
export * from './steps';
