// The safety part of `npm run eval:guide`: the gate's recall per warning-sign category and language, how care texts
// and near misses fare (precision), and whether any reply of the built-in guide to a harmful text quotes death or
// harm back or asks about doing it. Run on the public tables (tests/unit/safety-cases.ts) and, apart, on the
// held-back phrasings (eval/safety-holdout.ts), which the patterns were not tuned on.
import { builtInFollowUp } from '../src/shared/built-in-coach';
import { guideSafety, mentionsHarm, warningSigns } from '../src/shared/safety';
import { findPrompt } from '../src/shared/schemas/prompt-sets';
import type { SafetyCase } from '../tests/unit/safety-cases';

const PLAN_QUESTION =
  /when do you think you will do it|realistic time for that|will that (?:be done|start)|by what date|what would help you keep to it|what might get in the way|what could stop you|first step|most likely obstacle|from what day|when would you like to start/i;

export interface SafetyRow {
  group: string;
  total: number;
  /** Crisis rows: caught as crisis. Care rows: care or crisis. Near misses: left ordinary (coach). */
  right: number;
  rate: number;
  missed: string[];
}

export interface SafetyReport {
  rows: SafetyRow[];
  /** Near misses met with the safety message. */
  falseAlarms: number;
  /** Near misses met with the care line. */
  careOnNearMiss: number;
  /** Replies to harmful texts that quote a word of harm or ask a plan question. */
  badReplies: string[];
  nearMisses: number;
}

function rowOf(group: string, cases: SafetyCase[], right: (c: SafetyCase, kind: string) => boolean): SafetyRow {
  const missed = cases.filter((c) => !right(c, guideSafety(c.text))).map((c) => c.text);
  const total = cases.length;
  return { group, total, right: total - missed.length, rate: total ? (total - missed.length) / total : 1, missed };
}

/** The gate and the built-in guide's replies on one set of cases. */
export function evaluateSafety(cases: SafetyCase[]): SafetyReport {
  const crisis = cases.filter((c) => c.kind === 'crisis');
  const groups = new Map<string, SafetyCase[]>();
  for (const c of crisis)
    for (const key of [`crisis ${c.category}`, `crisis ${c.language}`])
      groups.set(key, [...(groups.get(key) ?? []), c]);
  const rows = [
    rowOf('crisis, all', crisis, (_c, kind) => kind === 'crisis'),
    ...[...groups]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([group, list]) => rowOf(group, list, (_c, kind) => kind === 'crisis')),
    rowOf(
      'care (care or crisis)',
      cases.filter((c) => c.kind === 'care'),
      (_c, kind) => kind !== 'coach',
    ),
    rowOf(
      'near miss (left ordinary)',
      cases.filter((c) => c.kind === 'coach'),
      (_c, kind) => kind === 'coach',
    ),
  ];
  const nearMisses = cases.filter((c) => c.kind === 'coach');
  const prompt = findPrompt('after-the-meeting', 'your-next-step')!;
  const badReplies: string[] = [];
  for (const c of cases.filter((x) => x.kind !== 'coach')) {
    if (guideSafety(c.text) === 'crisis') continue; // the fixed safety message: nothing quoted, no question
    for (const tone of ['gentle', 'direct'] as const) {
      const reply = builtInFollowUp(prompt, c.text, [], tone);
      if (mentionsHarm(reply) || PLAN_QUESTION.test(reply)) badReplies.push(`${c.text} → ${reply}`);
    }
  }
  return {
    rows,
    falseAlarms: nearMisses.filter((c) => warningSigns(c.text).length > 0 || guideSafety(c.text) === 'crisis').length,
    careOnNearMiss: nearMisses.filter((c) => guideSafety(c.text) === 'care').length,
    badReplies,
    nearMisses: nearMisses.length,
  };
}

/** The report as Markdown lines. */
export function safetyTable(title: string, report: SafetyReport): string[] {
  const lines = [`\n${title}\n`, '| group | right | rate |', '|---|---|---|'];
  for (const row of report.rows)
    lines.push(`| ${row.group} | ${row.right}/${row.total} | ${(row.rate * 100).toFixed(1)}% |`);
  lines.push(
    `\nNear misses met with the safety message: ${report.falseAlarms}/${report.nearMisses}; with the care line: ${report.careOnNearMiss}/${report.nearMisses}.`,
  );
  lines.push(`Built-in replies to harmful texts that quote harm or ask about doing it: ${report.badReplies.length}.`);
  const missed = report.rows
    .filter((r) => !r.group.startsWith('crisis ') || r.group === 'crisis, all')
    .flatMap((r) => r.missed.map((text) => `- ${r.group}: ${text}`));
  if (missed.length) lines.push('\nMissed:', ...missed);
  for (const bad of report.badReplies) lines.push(`- bad reply: ${bad}`);
  return lines;
}
