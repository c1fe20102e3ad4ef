/**
 * The check's result on the page: what the import found (header row, month, rows), every problem
 * with where it is and what to do, the warnings, and the command's full output. Problems are an
 * ordered list a screen reader can walk; the count is said once, by the live status.
 */
import type { Problem } from '../../lib/import/problems';
import { el, fill, need } from './dom';
import { TEXT } from './text';
import type { CheckReply } from './types';

function problemItem(p: Problem): HTMLLIElement {
  const item = el('li', { className: 'staff-problem' });
  item.append(
    el('strong', { className: 'staff-where', text: `${TEXT.where(p)}: ` }),
    el('span', { text: p.problem, className: 'staff-what' }),
    el('span', { className: 'staff-todo', text: ` — Cách sửa: ${p.todo}` }),
  );
  item.dataset['problem'] = p.problem;
  item.dataset['todo'] = p.todo;
  return item;
}

/**
 * At most this many items of a list are drawn: nobody reads further, and a whole country's file
 * (10,000 rows of one mistake) would hold the page for seconds. The full output below has them all.
 */
export const LIST_LIMIT = 200;

/** Shows `list` in the box (or hides the box when empty), its first LIST_LIMIT items and how many more. */
function showList(box: HTMLElement, list: readonly Problem[]): void {
  box.hidden = list.length === 0;
  fill(need(box, 'ol, ul'), list.slice(0, LIST_LIMIT).map(problemItem));
  const more = need(box, '[data-list-more]');
  more.hidden = list.length <= LIST_LIMIT;
  more.textContent = more.hidden ? '' : TEXT.more(list.length - LIST_LIMIT);
}

/** Fills the result section from a worker's reply. */
export function renderResult(section: HTMLElement, reply: CheckReply): void {
  const facts: string[] = [...reply.progress];
  // What the update would do, only when it can be done: a refused file changes nothing.
  if (reply.exitCode === 0) {
    for (const m of reply.months) facts.push(TEXT.added(m));
    for (const m of reply.reportMonths) facts.push(TEXT.reportsAdded(m));
  }
  fill(
    need(section, '[data-facts]'),
    facts.map((f) => el('li', { text: f })),
  );
  showList(need(section, '[data-problems-box]'), reply.problems);
  showList(need(section, '[data-warnings-box]'), reply.warnings);
  need(section, '[data-warnings-title]').textContent = TEXT.warnings(reply.warnings.length);
  need(section, '[data-output]').textContent = reply.lines.map((l) => l.text).join('\n');
  section.hidden = false;
}
