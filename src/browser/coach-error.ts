// A failure of a coach request that the person can act on: its message is a sentence written for them.
// Its own module so the runner can recognise it without loading the coach client up front.
export class CoachError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CoachError';
  }
}
