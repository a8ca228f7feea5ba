import { Component } from 'preact';
import type { Message } from './data';
import { bench } from './probe';

/**
 * A message-list row in Outlook's shape (real inbox snapshots, owa-dom.md §2.1): the row is
 * `[role=option]` with the item id, `data-convid`, `data-focusable-row`, aria-selected and an
 * unpunctuated aria-label; inside, about 55 elements and 130 attributes at a depth of 15: the
 * unread bar, the avatar that turns into a checkbox, the sender as `<span title=address>`, the
 * subject as `<span title="">`, the preview, the time as `<span title=time>`, and the hover
 * buttons. Class names are generated-looking tokens of our own, as Outlook's are generated.
 */

export function Icon({ name, cls = 'kTq2Y' }: { name: string; cls?: string }) {
  return (
    <i data-icon-name={name} aria-hidden="true" class={`${cls} root-89`}>
      <span role="presentation" aria-hidden="true" class="Fw2Lq">
        <i class="fui-Icon-font Zq0Kd ___1x2b3c4 f14t3ns0" aria-hidden="true" {...{ fill: 'currentColor' }} />
      </span>
    </i>
  );
}

export function IconButton({
  title,
  icon,
  cls = 'ms-Button Bq8Vn kElPw j87La ms-Button--icon',
}: {
  title: string;
  icon: string;
  cls?: string;
}) {
  return (
    <button type="button" tabIndex={-1} title={title} aria-label={title} class={cls} data-is-focusable="true">
      <span class="ms-Button-flexContainer flexContainer-15" data-automationid="splitbuttonprimary">
        <Icon name={icon} cls="ms-Icon q1kEv ms-Button-icon" />
      </span>
    </button>
  );
}

interface RowProps {
  m: Message;
  read: boolean;
  selected: boolean;
  hovered: boolean;
  posinset: number;
  setsize: number;
  onOpen: (id: string, row: HTMLElement) => void;
}

function label(m: Message, unread: boolean): string {
  const flags = [unread ? 'Unread' : '', m.flagged ? 'Flagged' : '', m.attachment ? 'Has attachments' : ''].filter(Boolean).join(' ');
  return `${flags ? `${flags} ` : ''}${m.from.name} ${m.subject} ${m.time} ${m.preview}`;
}

function initials(name: string): string {
  const parts = name.split(/\s+/).filter(Boolean);
  return parts.length > 1 && /^[A-Za-z]/.test(name) ? `${parts[0][0]}${parts[parts.length - 1][0]}`.toUpperCase() : [...name][0];
}

/** Rows re-render only when what they show changes, as Outlook's memoised rows do. */
export class MessageRow extends Component<RowProps> {
  private el: HTMLDivElement | null = null;

  shouldComponentUpdate(next: RowProps): boolean {
    const p = this.props;
    return (
      next.m !== p.m ||
      next.read !== p.read ||
      next.selected !== p.selected ||
      next.hovered !== p.hovered ||
      next.posinset !== p.posinset ||
      next.setsize !== p.setsize
    );
  }

  componentDidMount(): void {
    if (this.el) bench.rowMounted(this.el, this.props.m);
  }

  componentWillUnmount(): void {
    if (this.el) bench.rowUnmounted(this.el);
  }

  render({ m, read, selected, hovered, posinset, setsize, onOpen }: RowProps) {
    const unread = m.unread && !read;
    const cls = ['jGq7V', 'gD2cO', unread ? 'xKz3Unread' : '', selected ? 'Hq1Sel' : '', hovered ? 'Tq9Hov' : ''].filter(Boolean).join(' ');
    const key = m.serial.toString(36);
    return (
      <div
        ref={(el) => {
          this.el = el;
        }}
        id={m.id}
        data-convid={m.convid}
        tabIndex={selected ? 0 : -1}
        class={cls}
        aria-selected={selected ? 'true' : 'false'}
        aria-setsize={setsize}
        aria-posinset={posinset}
        role="option"
        aria-label={label(m, unread)}
        data-focusable-row="true"
        onClick={(e) => onOpen(m.id, e.currentTarget as HTMLElement)}
      >
        <div draggable>
          <div>
            <div role="group">
              <div class="lHq2X hDnLa IjQ9d JCrRb DLvHz G1nEs" tabIndex={-1}>
                <div class="X1bN0">
                  <button
                    tabIndex={-1}
                    class={unread ? 'Es7yQ OscIi Qw4Ur' : 'Es7yQ OscIi'}
                    title={unread ? 'Mark as read' : 'Mark as unread'}
                  />
                </div>
                <div class="LJ0sQ">
                  <div class="XG5jD hQj7T">
                    <div class="mn28D NV2gU WA2aF XG5jD">
                      <div
                        class="XG5jD XJ3xJ q0f8X aDFcA DoCkV vbEPj"
                        tabIndex={-1}
                        role="checkbox"
                        aria-checked={selected ? 'true' : 'false'}
                        aria-label="Select a message"
                      >
                        <span role="img" id={`avatar-${key}`} class="fui-Avatar r81b29z mP9b0 ___15c0rxp f1w9pt1" aria-label={m.from.name}>
                          <span id={`avatar-${key}__initials`} class="fui-Avatar__initials rip04v ___b0357f0 f1x8yz2">
                            {initials(m.from.name)}
                          </span>
                        </span>
                        <div class="ms-Checkbox is-enabled to0aR XG5jD root-301">
                          <input
                            class="input-304"
                            type="checkbox"
                            tabIndex={-1}
                            id={`checkbox-${key}`}
                            data-ktp-execute-target="true"
                            checked={selected}
                          />
                          <label class="ms-Checkbox-label label-305" for={`checkbox-${key}`}>
                            <div class="ms-Checkbox-checkbox gy2Xw checkbox-306" data-ktp-target="true">
                              <i data-icon-name="CheckMark" aria-hidden="true" class="ms-Checkbox-checkmark s0nVw checkmark-307" />
                            </div>
                          </label>
                        </div>
                      </div>
                      <div class="DOWm0 gy2aJ Ejrkd">
                        <span title={m.from.address}>{m.from.name}</span>
                      </div>
                      <div class="bvdCq" />
                    </div>
                    <div class="dTBo0 aDFcA TAT3v XG5jD">
                      <div class="ovvVr">
                        <div class="yg0L0 gy2aJ Ejrkd">
                          <span class="TtcXq" title="">
                            {m.subject}
                          </span>
                        </div>
                        <div class="YH9yX">
                          <div class="Zgp3K">
                            <span class="FqgPq gy2aJ Ejrkd">{m.preview}</span>
                          </div>
                        </div>
                      </div>
                    </div>
                    <div class="WP8uQ">
                      <div class="lulAg">
                        {m.attachment && <Icon name="AttachRegular" cls="ms-Icon Mq7Att" />}
                        <span class="liu4O rWrUq Ejrkd qq2gS cbNn0" title={m.time}>
                          {m.time}
                        </span>
                      </div>
                      <div class="UWvIR">
                        <div class="bvdCq">
                          <IconButton
                            title={unread ? 'Mark as read' : 'Mark as unread'}
                            icon={unread ? 'MailReadRegular' : 'MailUnreadRegular'}
                          />
                          <IconButton
                            title={m.flagged ? 'Unflag this message' : 'Flag this message'}
                            icon={m.flagged ? 'FlagFilled' : 'FlagRegular'}
                          />
                          <IconButton title="Keep this message at the top of your folder" icon="PinRegular" />
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
              </div>
              {hovered && (
                <div class="gReZq">
                  <div class="EjecV sExU rKfmP mTRAu BDUvt" title="Delete">
                    <svg class="iUxxQ JlFht" viewBox="0 0 40 40">
                      <g transform="matrix(.35 0 0 .35 3.2 3.2)">
                        <path d="M7-6H2.5a2.5 2.5 0 1 0-5 0H-7c-.3 0-.5.2-.5.5s.2.5.5.5h.9l1.2 10.6" transform="matrix(4 0 0 4 48 48)" />
                      </g>
                    </svg>
                  </div>
                  <IconButton title="Archive" icon="ArchiveRegular" />
                  <IconButton title="Snooze" icon="ClockRegular" />
                </div>
              )}
            </div>
          </div>
        </div>
      </div>
    );
  }
}

/** A date group header ("Today", "Yesterday", …): a sibling of the rows, not a row. */
export function GroupHeader({ group }: { group: string }) {
  return (
    <div class="Kq2Hd bQ7xR" role="presentation">
      <button type="button" class="ms-Button Hq8Gp" aria-expanded="true" aria-label={group} tabIndex={-1}>
        <Icon name="ChevronDownRegular" cls="ms-Icon Zq2Ch" />
        <span class="Gq4Tx">{group}</span>
      </button>
    </div>
  );
}
