import type { Lang } from '../faq/types';
import type { Feature, Finding, PanelActions } from './feature';
import { createHost, type Host } from './host';

/**
 * A feature's panels on the page, kept in step with what its detector found: each finding gets a
 * host at its anchor, drawn again only when what it shows would change; a finding that is gone
 * takes its panel with it. The one "render only when changed" helper for every tip.
 */
interface Mounted {
  host: Host;
  /** The row (for row tips) or region the finding came from: findings are replaced per owner. */
  owner: unknown;
  finding: Finding<unknown>;
  /** What it was last drawn with: everything, and (to skip that) its props and the rest. */
  drawn: string;
  drawnProps?: unknown;
  around?: string;
  /** When it first showed (performance.now()). */
  since: number;
}

interface MountContext {
  lang(): Lang;
  /** The panel's actions, for the finding it shows (read when an action is taken). */
  actions(current: () => Finding<unknown>): PanelActions;
  /** What else the panels' drawing depends on (a failed save, a policy): drawn again when it changes. */
  state(): string;
}

export interface Mounts {
  /** The feature's findings for one owner now: show them, and take away that owner's others. */
  show(owner: unknown, findings: Finding<unknown>[]): void;
  /** The props a finding with this key was last drawn with, if it is on the page. */
  previous(key: unknown): unknown;
  /** When the panel with this key first showed, if it is on the page. */
  since(key: unknown): number | undefined;
  /** Takes away panels whose owner or anchor left the page. */
  prune(): void;
  /** How many of this feature's panels are on the page, and the props of the first. */
  shown(): { count: number; first: unknown };
  /** The host of the panel with this key, if it is on the page. */
  hostOf(key: unknown): Element | undefined;
  /** Whether this host is one of this feature's panels now, and the owner it shows for. */
  ownerOf(host: Element): { owner: unknown } | undefined;
  clear(): void;
}

export function mountsFor(feature: Feature<unknown>, ctx: MountContext): Mounts {
  const byKey = new Map<unknown, Mounted>();
  const byHost = new Map<Element, Mounted>();
  /** Each owner's keys: a row's findings are replaced without looking at every other row's. */
  const byOwner = new Map<unknown, Set<unknown>>();

  function own(owner: unknown, key: unknown): void {
    let keys = byOwner.get(owner);
    if (!keys) {
      keys = new Set();
      byOwner.set(owner, keys);
    }
    keys.add(key);
  }
  function disown(owner: unknown, key: unknown): void {
    const keys = byOwner.get(owner);
    if (!keys) return;
    keys.delete(key);
    if (keys.size === 0) byOwner.delete(owner);
  }

  function remove(key: unknown, mounted: Mounted): void {
    mounted.host.destroy();
    byKey.delete(key);
    byHost.delete(mounted.host.element);
    disown(mounted.owner, key);
  }

  function draw(mounted: Mounted): void {
    const { finding } = mounted;
    const lang = ctx.lang();
    const around = `${lang}\u0000${finding.messageKeys?.join(' ') ?? ''}\u0000${ctx.state()}`;
    // Most calls see the same props again (a report is read once per message): no serialising then.
    if (around === mounted.around && shallowEqual(finding.props, mounted.drawnProps)) return;
    const drawn = `${around}\u0000${JSON.stringify(finding.props)}`;
    mounted.around = around;
    mounted.drawnProps = finding.props;
    if (drawn === mounted.drawn) return;
    mounted.drawn = drawn;
    const { Panel } = feature;
    mounted.host.render(<Panel {...(finding.props as object)} lang={lang} actions={ctx.actions(() => mounted.finding)} />);
  }

  return {
    show(owner, findings) {
      if (findings.length === 0) {
        // The common case (a row that is no bounce): nothing to draw, and most often nothing to take away.
        const keys = byOwner.get(owner);
        if (keys) for (const key of Array.from(keys)) remove(key, byKey.get(key)!);
        return;
      }
      const keep = new Set<unknown>();
      for (const finding of findings) {
        keep.add(finding.key);
        let mounted = byKey.get(finding.key);
        if (!mounted) {
          mounted = {
            host: createHost(feature.id, feature.display, () => mounted!.finding.about ?? null),
            owner,
            finding,
            drawn: '',
            since: performance.now(),
          };
          byKey.set(finding.key, mounted);
          byHost.set(mounted.host.element, mounted);
        }
        if (mounted.owner !== owner) {
          disown(mounted.owner, finding.key);
          mounted.owner = owner;
        }
        own(owner, finding.key);
        mounted.finding = finding;
        place(mounted.host.element, finding.anchor, finding.place);
        draw(mounted);
      }
      const keys = byOwner.get(owner);
      if (keys && keys.size > keep.size) for (const key of Array.from(keys)) if (!keep.has(key)) remove(key, byKey.get(key)!);
    },
    previous: (key) => byKey.get(key)?.finding.props,
    since: (key) => byKey.get(key)?.since,
    prune() {
      for (const [key, mounted] of byKey) {
        const owner = mounted.owner;
        if ((owner instanceof Node && !owner.isConnected) || !mounted.finding.anchor.isConnected) remove(key, mounted);
      }
    },
    hostOf: (key) => byKey.get(key)?.host.element,
    shown: () => ({ count: byKey.size, first: byKey.values().next().value?.finding.props }),
    ownerOf(host) {
      const mounted = byHost.get(host);
      return mounted && { owner: mounted.owner };
    },
    clear() {
      for (const [key, mounted] of byKey) remove(key, mounted);
    },
  };
}

/** The same keys with the very same values (objects compared by identity). */
function shallowEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (!a || !b || typeof a !== 'object' || typeof b !== 'object') return false;
  const keys = Object.keys(a);
  if (keys.length !== Object.keys(b).length) return false;
  return keys.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
}

/** Puts a host where a finding wants it, moving it only when it is not there already. */
function place(host: Element, anchor: Element, where: Finding<unknown>['place']): void {
  if (where === 'before') {
    if (anchor.previousSibling !== host) anchor.before(host);
  } else if (where === 'after') {
    if (anchor.nextSibling !== host) anchor.after(host);
  } else if (host.parentNode !== anchor || anchor.lastChild !== host) {
    anchor.append(host);
  }
}
