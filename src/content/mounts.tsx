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
  /** What it was last drawn with. */
  drawn: string;
  /** When it first showed (performance.now()). */
  since: number;
}

interface MountContext {
  lang(): Lang;
  /** The panel's actions, for the finding it shows (read when an action is taken). */
  actions(current: () => Finding<unknown>): PanelActions;
  /** A change asked for from this feature's panels could not be saved. */
  saveFailed(): boolean;
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
  /** The host of the panel with this key, if it is on the page. */
  hostOf(key: unknown): Element | undefined;
  /** Whether this host is one of this feature's panels now, and the owner it shows for. */
  ownerOf(host: Element): { owner: unknown } | undefined;
  clear(): void;
  /** The panels this feature has on the page, host element → finding key. */
  hosts(): Map<Element, unknown>;
}

export function mountsFor(feature: Feature<unknown>, ctx: MountContext): Mounts {
  const byKey = new Map<unknown, Mounted>();
  const byHost = new Map<Element, Mounted>();

  function remove(key: unknown, mounted: Mounted): void {
    mounted.host.destroy();
    byKey.delete(key);
    byHost.delete(mounted.host.element);
  }

  function draw(mounted: Mounted): void {
    const { finding } = mounted;
    const lang = ctx.lang();
    const drawn = `${lang}\u0000${JSON.stringify(finding.props)}\u0000${finding.messageKeys?.join(' ') ?? ''}\u0000${ctx.saveFailed()}`;
    if (drawn === mounted.drawn) return;
    mounted.drawn = drawn;
    const { Panel } = feature;
    mounted.host.render(<Panel {...(finding.props as object)} lang={lang} actions={ctx.actions(() => mounted.finding)} />);
  }

  return {
    show(owner, findings) {
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
        mounted.owner = owner;
        mounted.finding = finding;
        place(mounted.host.element, finding.anchor, finding.place);
        draw(mounted);
      }
      for (const [key, mounted] of byKey) if (mounted.owner === owner && !keep.has(key)) remove(key, mounted);
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
    ownerOf(host) {
      const mounted = byHost.get(host);
      return mounted && { owner: mounted.owner };
    },
    clear() {
      for (const [key, mounted] of byKey) remove(key, mounted);
    },
    hosts: () => new Map(Array.from(byKey, ([key, mounted]) => [mounted.host.element, key])),
  };
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
