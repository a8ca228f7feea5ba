import { carrierOf, type Carrier } from '../address/carriers';
import { fold, RULE_FORWARD_WORDS, RULE_REMOVE_WORDS } from '../outlook/settings';

/**
 * Inbox rules that send mail on (Forward to, Forward as attachment, Redirect to; 転送, リダイレクト).
 * With an action that deletes or moves the original, the rule is as risky as forwarding without
 * a copy; a rule that only forwards still meets the carriers' filters.
 */
export interface RuleForward {
  rule: Element;
  removesOriginal: boolean;
  carrier: Carrier | null;
}

/** Each rule in the Rules pane: list items or rows, else the box around each rule's on/off switch. */
function ruleItems(dialog: Element): Element[] {
  const items = Array.from(dialog.querySelectorAll('[role="listitem"], [role="row"], li'));
  if (items.length) return items.filter((item) => !items.some((other) => other !== item && other.contains(item)));
  return Array.from(dialog.querySelectorAll('[role="switch"]')).map((s) => s.parentElement ?? s);
}

const has = (text: string, words: readonly string[]) => words.some((w) => text.includes(fold(w)));

export function forwardingRules(dialog: Element): RuleForward[] {
  const found: RuleForward[] = [];
  for (const rule of ruleItems(dialog)) {
    const text = fold(rule.textContent);
    if (!has(text, RULE_FORWARD_WORDS)) continue;
    const address = /[^\s<>()"'“”「」、,;:]+@[a-z0-9.-]+\.[a-z]{2,}/i.exec(rule.textContent ?? '');
    found.push({ rule, removesOriginal: has(text, RULE_REMOVE_WORDS), carrier: address ? carrierOf(address[0]) : null });
  }
  return found;
}
