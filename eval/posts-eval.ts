// The safety gate on whole posts (eval/posts/): for each set, the share of at-risk posts met with the safety message
// (and with care or the safety message), and the share of everyday posts met with each, by group. The posts were
// written by authors who never saw the patterns; see eval/posts/README.md for which sets were used for tuning.
import { existsSync, readFileSync } from 'node:fs';
import { builtInFollowUp } from '../src/shared/built-in-coach';
import { guideSafety, mentionsHarm, type GuideSafety } from '../src/shared/safety';
import { findPrompt } from '../src/shared/schemas/prompt-sets';

interface Post {
  id: string;
  group: string;
  text: string;
}

export interface PostRow {
  set: string;
  file: 'at-risk' | 'everyday';
  group: string;
  total: number;
  crisis: number;
  care: number;
  /** Built-in replies (both tones) to the posts that did not get the safety message, quoting harm or asking a plan question. */
  badReplies: number;
}

const PLAN_QUESTION =
  /when do you think you will do it|realistic time for that|will that (?:be done|start)|by what date|what would help you keep to it|what might get in the way|what could stop you|first step|most likely obstacle|from what day|when would you like to start/i;
const PROMPT = findPrompt('after-the-meeting', 'your-next-step')!;

/** True when a built-in reply to the post says a word of harm back or asks about doing something. */
function badReply(text: string): boolean {
  return (['gentle', 'direct'] as const).some((tone) => {
    const reply = builtInFollowUp(PROMPT, text, [], tone);
    return mentionsHarm(reply) || (guideSafety(text) !== 'coach' && PLAN_QUESTION.test(reply));
  });
}

/** A set's posts, with their group under whatever name the author used for it. */
function readPosts(path: string): Post[] {
  const raw = JSON.parse(readFileSync(path, 'utf8')) as {
    id: string;
    text: string;
    group?: string;
    level?: string;
    kind?: string;
  }[];
  return raw.map((p) => ({ id: p.id, text: p.text, group: p.group ?? p.level ?? p.kind ?? 'all' }));
}

function rowsOf(set: string, file: PostRow['file'], posts: Post[]): PostRow[] {
  const kinds = posts.map((p) => {
    const kind: GuideSafety = guideSafety(p.text);
    return { group: p.group, kind, bad: kind !== 'crisis' && badReply(p.text) };
  });
  const groups = ['all', ...new Set(posts.map((p) => p.group))];
  return groups.map((group) => {
    const mine = kinds.filter((k) => group === 'all' || k.group === group);
    return {
      set,
      file,
      group,
      total: mine.length,
      crisis: mine.filter((k) => k.kind === 'crisis').length,
      care: mine.filter((k) => k.kind === 'care').length,
      badReplies: mine.filter((k) => k.bad).length,
    };
  });
}

/** Every set found in eval/posts/, at-risk and everyday. */
export function evaluatePosts(folder: URL): PostRow[] {
  const rows: PostRow[] = [];
  for (const set of ['set1', 'set2', 'set3', 'set4', 'set5', 'set6', 'set7']) {
    for (const file of ['at-risk', 'everyday'] as const) {
      const path = new URL(`./${set}-${file}.json`, folder);
      if (existsSync(path)) rows.push(...rowsOf(set, file, readPosts(path.pathname)));
    }
  }
  return rows;
}

const percent = (n: number, of: number) => `${of ? ((n / of) * 100).toFixed(1) : '0.0'}%`;

/** The rows as a Markdown table. */
export function postsTable(rows: PostRow[]): string[] {
  const lines = [
    '\nSafety gate on whole posts (eval/posts/)\n',
    '| set | posts | group | n | safety message | care or safety message | replies quoting harm or asking about doing it |',
    '|---|---|---|---|---|---|---|',
  ];
  for (const r of rows)
    lines.push(
      `| ${r.set} | ${r.file} | ${r.group} | ${r.total} | ${r.crisis} (${percent(r.crisis, r.total)}) | ${r.crisis + r.care} (${percent(r.crisis + r.care, r.total)}) | ${r.badReplies} |`,
    );
  return lines;
}
