// What the runner asks the coach for: a follow-up or a summary, with the guide chosen. A module of its own so the
// guides that answer (coach-client.ts, the on-device guide) both name it without importing each other.
import type { FollowUpExchange, SummaryAnswer } from '../shared/model/answer';
import type { SummaryCheckIn } from '../shared/model/check-in';
import type { CoachChoice, Tone } from '../shared/coach';
import type { Prompt } from '../shared/schemas/content';

export interface FollowUpInput {
  guide: CoachChoice;
  tone: Tone;
  setId: string;
  /** The reflection's title, which the on-device guide's prompt names as the server's does (see its titleOf). */
  setTitle?: string;
  prompt: Prompt;
  answer: string;
  earlier: FollowUpExchange[];
}

export interface SummaryInput {
  guide: CoachChoice;
  tone: Tone;
  setId: string;
  /** The reflection's title, which the on-device guide's prompt names as the server's does (see its titleOf). */
  setTitle?: string;
  prompts: Prompt[];
  answers: SummaryAnswer[];
  /** What the person said happened to earlier commitments (the check-in), sent and summarised with the answers. */
  checkIns?: SummaryCheckIn[];
}
