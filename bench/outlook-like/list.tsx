import { Component, createRef } from 'preact';
import type { Message } from './data';
import { GroupHeader, MessageRow } from './row';

/**
 * Outlook's virtualised message list (real inbox-B: a scroll container inside the listbox, a
 * spacer as tall as the whole list, and absolutely placed item wrappers): only the items in view,
 * plus a few above and below, are in the DOM. Items are keyed by message id, so rows mount and
 * unmount as the list scrolls. The geometry is fixed so that the workload's planner
 * (workload.ts) knows what is on screen at every step without asking the DOM.
 */

export const ROW_HEIGHT = 64;
const HEADER_HEIGHT = 32;
/** The scroll container's height (px): about nine rows in view. */
export const LIST_HEIGHT = 600;
/** Items drawn beyond each edge of the view, as virtualised lists do to hide scrolling gaps. */
const OVERSCAN = 4;
/** Where the mouse rests over the list while scrolling: the row under it is hovered. */
const POINTER_Y = 250;

type Item = { kind: 'header'; key: string; group: string } | { kind: 'row'; key: string; m: Message };

export interface Layout {
  items: Item[];
  /** offsets[i] = top of item i; offsets[items.length] = total height. */
  offsets: number[];
}

export function layout(messages: readonly Message[]): Layout {
  const items: Item[] = [];
  const offsets: number[] = [];
  let y = 0;
  let group = '';
  for (const m of messages) {
    if (m.group !== group) {
      group = m.group;
      items.push({ kind: 'header', key: `group:${group}`, group });
      offsets.push(y);
      y += HEADER_HEIGHT;
    }
    items.push({ kind: 'row', key: m.id, m });
    offsets.push(y);
    y += ROW_HEIGHT;
  }
  offsets.push(y);
  return { items, offsets };
}

export const maxScroll = (l: Layout) => Math.max(0, l.offsets[l.items.length] - LIST_HEIGHT);

/** The first item whose bottom is below y. */
function itemAt(l: Layout, y: number): number {
  let lo = 0;
  let hi = l.items.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (l.offsets[mid + 1] <= y) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Items in view at scrollTop (without overscan): [first, last]. */
export function inView(l: Layout, top: number): [number, number] {
  return [itemAt(l, top), itemAt(l, top + LIST_HEIGHT - 1)];
}

function drawn(l: Layout, top: number): [number, number] {
  const [a, b] = inView(l, top);
  return [Math.max(0, a - OVERSCAN), Math.min(l.items.length - 1, b + OVERSCAN)];
}

/** The message under the resting pointer, if a row is there. */
function hoveredAt(l: Layout, top: number): string | null {
  const item = l.items[itemAt(l, top + POINTER_Y)];
  return item?.kind === 'row' ? item.m.id : null;
}

interface ListProps {
  bind: (list: MessageList) => void;
  layout: Layout;
  selected: string | null;
  read: ReadonlySet<string>;
  onOpen: (id: string, row: HTMLElement) => void;
}

interface ListState {
  top: number;
  hovered: string | null;
}

export class MessageList extends Component<ListProps, ListState> {
  state: ListState = { top: 0, hovered: null };
  scroller = createRef<HTMLDivElement>();

  constructor(props: ListProps) {
    super(props);
    props.bind(this);
  }

  /** The browser fires one scroll event per frame; the row under the pointer is hovered anew. */
  onScroll = () => {
    const top = this.scroller.current!.scrollTop;
    this.setState({ top, hovered: hoveredAt(this.props.layout, top) });
  };

  scrollTo(top: number): void {
    this.scroller.current!.scrollTop = top;
  }

  render({ layout: l, selected, read, onOpen }: ListProps, { top, hovered }: ListState) {
    const [first, last] = drawn(l, top);
    const rows = l.items.length;
    const wrappers = [];
    for (let i = first; i <= last; i++) {
      const item = l.items[i];
      const height = l.offsets[i + 1] - l.offsets[i];
      wrappers.push(
        <div key={item.key} style={`position: absolute; left: 0px; top: ${l.offsets[i]}px; height: ${height}px; width: 100%;`}>
          <div data-animatable="true" class="EeHm8">
            {item.kind === 'header' ? (
              <GroupHeader group={item.group} />
            ) : (
              <MessageRow
                m={item.m}
                read={read.has(item.m.id)}
                selected={selected === item.m.id}
                hovered={hovered === item.m.id}
                posinset={i + 1}
                setsize={rows}
                onOpen={onOpen}
              />
            )}
          </div>
        </div>,
      );
    }
    return (
      <div id="MailList" tabIndex={-1} class="Cz7T5 customScrollBar">
        <div draggable={false} class="ONApQ">
          <div role="region" class="Cz7T5">
            <div
              tabIndex={-1}
              role="listbox"
              aria-multiselectable="true"
              aria-label={selected ? 'Message list' : 'Message list No items selected'}
              class="Cz7T5"
              aria-activedescendant={selected ?? undefined}
            >
              <div class="X4w2q zXLz3">
                <div class="FiPRo">
                  <div
                    ref={this.scroller}
                    class="customScrollBar jEpCF R29xW"
                    onScroll={this.onScroll}
                    style={`position: relative; height: ${LIST_HEIGHT}px; width: 100%; overflow: auto; will-change: transform; direction: ltr;`}
                  >
                    <div style={`height: ${l.offsets[rows]}px; width: 100%;`}>{wrappers}</div>
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
    );
  }
}
