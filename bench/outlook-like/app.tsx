import { Component } from 'preact';
import type { Message } from './data';
import { layout, MessageList, type Layout } from './list';
import { ReadingPane } from './reading-pane';
import { FolderPane, Ribbon, SuiteHeader } from './shell';

/**
 * The mail view: suite header, ribbon, folder pane, message list and reading pane, with the ids,
 * roles and data-app-section regions Outlook has (owa-dom.md §2.1). Opening a message moves the
 * URL first (pushState to /mail/inbox/id/<id>, as Outlook does), then selects the row, marks it
 * read and re-renders the pane; new mail goes in at the top of the list.
 */

interface AppState {
  messages: Message[];
  layout: Layout;
  selected: string | null;
  read: ReadonlySet<string>;
  unread: number;
  /** n of the body's UniqueMessageBody_n: Outlook numbers the bodies it renders. */
  bodyIndex: number;
}

interface AppProps {
  messages: Message[];
  /** Hands the instance to the workload (main.tsx), which drives it. */
  bind: (app: App) => void;
}

export class App extends Component<AppProps, AppState> {
  private list: MessageList | null = null;
  private byId = new Map<string, Message>();

  constructor(props: AppProps) {
    super(props);
    props.bind(this);
    for (const m of props.messages) this.byId.set(m.id, m);
    this.state = {
      messages: props.messages,
      layout: layout(props.messages),
      selected: null,
      read: new Set(),
      unread: props.messages.filter((m) => m.unread).length,
      bodyIndex: 0,
    };
  }

  /** A click on a row: focus, URL, then selection and pane (Outlook's order). */
  open = (id: string, row: HTMLElement) => {
    row.focus({ preventScroll: true });
    history.pushState(null, '', `/mail/inbox/id/${encodeURIComponent(id)}`);
    this.setState((s) => {
      const wasUnread = this.byId.get(id)!.unread && !s.read.has(id);
      return { selected: id, read: new Set(s.read).add(id), unread: s.unread - (wasUnread ? 1 : 0), bodyIndex: s.bodyIndex + 1 };
    });
  };

  receive(m: Message): void {
    this.byId.set(m.id, m);
    this.setState((s) => {
      const messages = [m, ...s.messages];
      return { messages, layout: layout(messages), unread: s.unread + (m.unread ? 1 : 0) };
    });
  }

  message(id: string): Message {
    return this.byId.get(id)!;
  }

  messages(): readonly Message[] {
    return this.state.messages;
  }

  scrollTo(top: number): void {
    this.list!.scrollTo(top);
  }

  render(_: unknown, { layout: l, selected, read, unread, bodyIndex }: AppState) {
    const open = selected ? this.byId.get(selected)! : null;
    return (
      <div id="appContainer" class="Aq0Ct">
        <SuiteHeader />
        <Ribbon />
        <div id="MainModule" class="Mq0Mm">
          <FolderPane unread={unread} />
          <div id="Skip to message list-region" role="complementary" aria-label="Message list" data-app-section="MessageList" class="Lq0Ls">
            <div class="Lq1Hd" role="heading" aria-level={2}>
              <span class="Lq2Ti">Inbox</span>
              <IconFilter />
            </div>
            <MessageList bind={(list) => (this.list = list)} layout={l} selected={selected} read={read} onOpen={this.open} />
          </div>
          <div id="Skip to message-region" role="main" aria-label="Reading Pane" data-app-section="MailReadCompose" class="Pq0Rp">
            <ReadingPane m={open} bodyIndex={bodyIndex} />
          </div>
        </div>
      </div>
    );
  }
}

function IconFilter() {
  return (
    <button type="button" class="ms-Button Lq3Fl" aria-label="Filter" title="Filter">
      <i data-icon-name="FilterRegular" aria-hidden="true" class="ms-Icon" />
    </button>
  );
}
