// The front door of the safety gate: what the guides, the functions and the islands may use. See gate.ts.
export { GUIDE_SAFETY_KINDS, guideSafety, signalsCrisis, warningSigns, type GuideSafety } from './gate';
export { mentionsHarm } from './harm-words';
export { CARE_LINE, CARE_QUESTIONS, HELP_LINES, SAFETY_MESSAGE } from './messages';
export { careQuestion } from './care-question';
export { SIGN_CATEGORIES, type SignCategory } from './categories';
