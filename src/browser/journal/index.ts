// The journal's public entry: what the islands use of the journal (storage, sync, shares, replies, commitments,
// exports, updates, the recovery code). Validation and uploading stay inside this folder; what an entry holds is
// the model's (src/shared/model).
export * from './commitment-words';
export * from './commitments';
export * from './env';
export * from './export';
export * from './messages';
export * from './recovery';
export * from './replies';
export * from './reply-cache';
export * from './shares';
export * from './store';
export * from './sync';
export * from './then-and-now';
export * from './types';
export * from './update';
export * from './update-ai';
