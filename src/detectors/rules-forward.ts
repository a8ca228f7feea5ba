import { carrierOf, type Carrier } from '../address/carriers';
import type { Env, Finding } from '../content/feature';
import { ruleActions, ruleItems } from '../outlook/settings';

/**
 * Inbox rules that send mail on (Forward to, Forward as attachment, Redirect to; 転送, リダイレクト).
 * With an action that deletes or moves the original, the rule is as risky as forwarding without a
 * copy; a rule that only forwards still meets the carriers' filters.
 */
export interface RulesForwardProps {
  removesOriginal: boolean;
  carrier: Carrier | null;
}

const ADDRESS = /[^\s<>()"'“”「」、,;:]+@[a-z0-9.-]+\.[a-z]{2,}/i;

export function rulesForward(dialog: Element, _env: Env): Finding<RulesForwardProps>[] {
  const found: Finding<RulesForwardProps>[] = [];
  for (const rule of ruleItems(dialog)) {
    const { forwards, removesOriginal } = ruleActions(rule);
    if (!forwards) continue;
    const address = ADDRESS.exec(rule.textContent ?? '');
    found.push({ key: rule, anchor: rule, place: 'append', props: { removesOriginal, carrier: address ? carrierOf(address[0]) : null } });
  }
  return found;
}
