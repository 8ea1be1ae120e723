// The words the guide uses when an answer is not ordinary, written once by people and never by a model: the safety
// message for a crisis, and for words of death, harm or despair a few gentle questions and one quiet line that says
// where to talk to someone now. None of them quotes the person, asks about doing or timing, or gives advice.

/** Where to talk to someone now: the same places in the safety message and behind the quiet line. */
export const HELP_LINES = [
  'In the US, call or text 988.',
  'In the UK and Ireland, call Samaritans on 116 123.',
  'Elsewhere, findahelpline.com lists free, confidential lines.',
  'If you are in danger, call your local emergency number now.',
] as const;

export const SAFETY_MESSAGE = [
  'It sounds like you may be going through something very hard right now. This guide is not the right place for it, and you deserve real support.',
  'If you are in danger or might act on thoughts of harming yourself, call your local emergency number now.',
  'You can also talk to someone today: in the US, call or text 988; in the UK and Ireland, call Samaritans on 116 123; elsewhere, findahelpline.com lists free, confidential lines.',
  'Your writing is still saved on this device. Come back to it whenever you are ready.',
].join('\n\n');

/**
 * The care questions: open, gentle, about the person rather than any act, and fine to ask after any sentence of
 * pain. One is chosen by the answer's text (the same answer always gets the same one) and none is asked twice.
 */
export const CARE_QUESTIONS = [
  'That sounds heavy to carry. What has been weighing on you most lately?',
  'Thank you for putting that into words. Who in your life do you feel safe talking with about how you are?',
  'What has helped you get through hard days before, even a little?',
  'How have you been looking after yourself this week?',
  'What would you most like someone to understand about how things are for you right now?',
] as const;

/** The quiet line shown with a care question, and the summary it opens to. */
export const CARE_LINE = 'If things feel too much, you can talk to someone now.';
