// The prompt set as the runner island receives it from the page (plain data, serialised into the HTML).
import type { Prompt } from '../../shared/schemas/content';

export interface RunnerSet {
  id: string;
  title: string;
  intro: string;
  outro: string;
  prompts: Prompt[];
  /** Opens with a check-in on the journal's open commitments. */
  checkIn?: boolean;
}
