// The prompt sets as plain data, for code that cannot use Astro's content collections
// (the Netlify functions). Same JSON files, same schema as the pages: one source of truth.
import afterHardFeedback from '../../../content/reflections/after-hard-feedback.json';
import afterTheMeeting from '../../../content/reflections/after-the-meeting.json';
import closingWell from '../../../content/reflections/closing-well.json';
import findingAMentor from '../../../content/reflections/finding-a-mentor.json';
import menteeDevelopment from '../../../content/reflections/mentee-development.json';
import mentorPrepare from '../../../content/reflections/mentor-prepare.json';
import mentorReflection from '../../../content/reflections/mentor-reflection.json';
import mentorshipAssessment from '../../../content/reflections/mentorship-assessment.json';
import prepareForMeeting from '../../../content/reflections/prepare-for-meeting.json';
import threeMonthReview from '../../../content/reflections/three-month-review.json';
import { PromptSetSchema, type Prompt, type PromptSet } from './content';

const RAW_SETS: Record<string, unknown> = {
  'mentorship-assessment': mentorshipAssessment,
  'finding-a-mentor': findingAMentor,
  'mentee-development': menteeDevelopment,
  'mentor-reflection': mentorReflection,
  'prepare-for-meeting': prepareForMeeting,
  'after-the-meeting': afterTheMeeting,
  'mentor-prepare': mentorPrepare,
  'three-month-review': threeMonthReview,
  'closing-well': closingWell,
  'after-hard-feedback': afterHardFeedback,
};

export type PromptSetWithId = PromptSet & { id: string };

/** Every prompt set, validated once at module load; a bad file fails loudly with its name. */
export const PROMPT_SETS: ReadonlyMap<string, PromptSetWithId> = new Map(
  Object.entries(RAW_SETS).map(([id, raw]) => {
    const parsed = PromptSetSchema.safeParse(raw);
    if (!parsed.success) {
      throw new Error(
        `content/reflections/${id}.json is invalid: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`,
      );
    }
    return [id, { ...parsed.data, id }];
  }),
);

/** The prompt set with this id, or undefined. */
export function findPromptSet(setId: string): PromptSetWithId | undefined {
  return PROMPT_SETS.get(setId);
}

/** The prompt with this id inside the set, or undefined. */
export function findPrompt(setId: string, promptId: string): Prompt | undefined {
  return PROMPT_SETS.get(setId)?.prompts.find((p) => p.id === promptId);
}
