// Text spelled out letter by letter ("i w a n t t o d i e") reads as one run of letters once normalised: only
// these core phrases, written solid, are looked for in it.

const COMPACT_PATTERNS: readonly RegExp[] = [
  /kil+(?:ing)?myself/,
  /(?<!dont|donot)(?:want|wanna)(?:to)?die/,
  /(?<!career|political|social|professional)suicid(?!eprevention|esquad|emission)/,
  /endmylife/,
  /endital/,
  /unaliv/,
  /selfharm/,
  /(?:hurt|cut)(?:ing)?myself/,
  /dontwant(?:to)?(?:live|bealive|behere)/,
  /betteroffwithoutme/,
];

/** True when a reading with its spaces removed holds a core crisis phrase. */
export function compactSignalsCrisis(reading: string): boolean {
  const solid = reading.replace(/[^\p{L}]/gu, '');
  return COMPACT_PATTERNS.some((pattern) => pattern.test(solid));
}
