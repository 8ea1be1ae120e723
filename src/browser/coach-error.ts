// A failure of a coach request that the person can act on: its message is a sentence written for them.
// Its own module so the runner can recognise it without loading the coach client up front.
export class CoachError extends Error {
  /** The built-in guide can answer this request at once (the AI guide refused it for a while, e.g. a 429). */
  readonly offersBuiltIn: boolean;

  constructor(message: string, { offersBuiltIn = false }: { offersBuiltIn?: boolean } = {}) {
    super(message);
    this.name = 'CoachError';
    this.offersBuiltIn = offersBuiltIn;
  }
}
