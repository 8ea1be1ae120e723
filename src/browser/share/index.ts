// The share reader's public entry (the /s/ page): opening a shared summary from its link and its replies, and
// writing a reply. Nothing of the journal: a reader has none.
export * from './open-share';
export * from './replies';
