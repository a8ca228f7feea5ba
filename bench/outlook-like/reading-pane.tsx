import { Body } from './bodies';
import { ME, type Message } from './data';
import { Icon, IconButton } from './row';

/**
 * The reading pane in item view, in the shape of the real read-A snapshot and the fixtures:
 * #ReadingPaneContainerId > … > #ItemReadingPaneContainer, the subject as
 * `[role=heading] span[title]`, the sender as `span[role=button][aria-label="From: …"]`, the
 * command bar, the recipients, the date, an info bar, and the body as
 * `[role=document] > #UniqueMessageBody_N`. It is re-rendered on selection: the header keeps its
 * nodes (Outlook re-uses them), the body is keyed by message id and replaced.
 */

function Command({ label, icon, id }: { label: string; icon: string; id: number }) {
  return (
    <div class="ms-OverflowSet-item item-175" role="none">
      <div class="s82Ij body-157">
        <div class="ms-TooltipHost root-166" role="none">
          <button type="button" role="menuitem" class="ms-Button ms-Button--commandBar Vq2Cb" aria-label={label} data-is-focusable="true">
            <span class="ms-Button-flexContainer flexContainer-15" data-automationid="splitbuttonprimary">
              <Icon name={icon} cls="ms-Icon ms-Button-icon Lq9Cm" />
              <span class="ms-Button-textContainer vmP1q">
                <span class="ms-Button-label label-169" id={`id__${id}`}>
                  {label}
                </span>
              </span>
            </span>
          </button>
          <div hidden id={`tooltip${id}`}>
            <span>{label}</span>
          </div>
        </div>
      </div>
    </div>
  );
}

const COMMANDS: [string, string][] = [
  ['Reply', 'ArrowReplyRegular'],
  ['Reply all', 'ArrowReplyAllRegular'],
  ['Forward', 'ArrowForwardRegular'],
  ['Apps', 'AppFolderRegular'],
];

function Empty() {
  return (
    <div class="Zq8Em" role="presentation">
      <div class="Rq1Il" aria-hidden="true" />
      <div class="Tq3Ea">Select an item to read</div>
      <div class="Tq3Eb">Nothing is selected</div>
    </div>
  );
}

export function ReadingPane({ m, bodyIndex }: { m: Message | null; bodyIndex: number }) {
  return (
    <div class="Xsklh VJzZc" id="ReadingPaneContainerId">
      <div>
        <div class="gZeTq">
          <div class="Pzn2X">
            <div class="fui-FluentProvider fui-FluentProviderr0 ___jdtuxv0" dir="ltr">
              {m ? <Item m={m} bodyIndex={bodyIndex} /> : <Empty />}
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}

function Item({ m, bodyIndex }: { m: Message; bodyIndex: number }) {
  return (
    <div id="ItemReadingPaneContainer" class="KD9cV">
      <div class="ubHdG Waj3A bwgAh xGhcH pinIo">
        <div class="sD4qQ">
          <div class="xpAvA">
            <div class="DVqXu">
              <div class="Zen3h" id="immersiveExitButton">
                <IconButton title="Close" icon="Cancel" cls="ms-Button ms-Button--icon kTujQ" />
              </div>
              <div class="IBek5">
                <IconButton title="Open the previous item" icon="ChevronLeftRegular" cls="ms-Button ms-Button--icon is-disabled" />
                <IconButton title="Open the next item" icon="ChevronRightRegular" cls="ms-Button ms-Button--icon is-disabled" />
              </div>
            </div>
          </div>
          <div class="pMy5S">
            <div class="zMb9B pYavq">
              <div class="Ip16l">
                <div class="t6myU">
                  <div class="gJ7jN">
                    <div class="adPpR mJflQ allowTextSelection" role="heading" aria-level={2}>
                      <div class="XxeQl ztkhS">
                        <span class="JdFsQ" title={m.subject}>
                          {m.subject}
                        </span>
                      </div>
                    </div>
                    <div class="dDKtC" title="" />
                  </div>
                </div>
              </div>
            </div>
          </div>
        </div>
      </div>
      <div data-app-section="ItemContainer" tabIndex={-1} class="Q8TcC yyYqP customScrollBar" data-is-scrollable="true">
        <div class="wide-content-host">
          <div class="fui-FluentProvider fui-FluentProviderr1 ___jdtuxv0" dir="ltr">
            <div class="Vm3e5 pinIo">
              <div class="uSg02">
                <div class="DgV2h l8TnU">
                  <div class="x9jfA">
                    <div class="ze1hM l8TnU">
                      <span
                        class="lpcCommonWeb-hoverTarget"
                        aria-label={`Opens card for ${m.from.name}`}
                        tabIndex={0}
                        role="button"
                        aria-haspopup="dialog"
                        data-is-focusable="true"
                      >
                        <span role="img" id="avatar-rp" class="fui-Avatar r81b29z ___12gjebn" aria-label={m.from.name}>
                          <span id="avatar-rp__initials" class="fui-Avatar__initials rip04v">
                            {[...m.from.name][0]}
                          </span>
                        </span>
                      </span>
                    </div>
                    <div class="bz1Xj" data-tabster='{"mover":{"cyclic":true,"direction":1}}'>
                      <div class="PW01n l8TnU">
                        <span class="Q84kK ujrcT s5zQy" role="region">
                          <span
                            class="o4zjZ ujrcT lpcCommonWeb-hoverTarget"
                            aria-label={`From: ${m.from.name}`}
                            tabIndex={0}
                            role="button"
                            aria-haspopup="dialog"
                            data-is-focusable="true"
                          >
                            <div class="o4zjZ ujrcT">
                              <span class="OZzZk">{m.from.name}</span>
                              <span class="Bq2Ad">&lt;{m.from.address}&gt;</span>
                            </div>
                          </span>
                        </span>
                      </div>
                    </div>
                  </div>
                  <div class="lT19a" data-tabster='{"mover":{"cyclic":true,"direction":1}}'>
                    <div class="Jj1jU">
                      <div aria-label="Message actions" role="toolbar" class="ms-OverflowSet root-361">
                        {COMMANDS.map(([label, icon], i) => (
                          <Command key={label} label={label} icon={icon} id={400 + i * 4} />
                        ))}
                        <div class="ms-OverflowSet-overflowButton">
                          <div class="ms-TooltipHost root-362" role="none">
                            <button
                              type="button"
                              aria-label="More actions"
                              class="ms-Button ms-Button--commandBar"
                              data-is-focusable="true"
                              aria-expanded="false"
                              aria-haspopup="true"
                            >
                              <span class="ms-Button-flexContainer flexContainer-15" data-automationid="splitbuttonprimary">
                                <Icon name="MoreHorizontalRegular" cls="ms-Icon ms-Button-menuIcon" />
                              </span>
                            </button>
                          </div>
                        </div>
                      </div>
                    </div>
                  </div>
                </div>
                <div class="DrnCk l8TnU">
                  <div class="TmJq">
                    <div data-testid="RecipientWell" class="kcAoR t9ThB">
                      <div
                        role="textbox"
                        aria-multiline="true"
                        aria-readonly="true"
                        aria-label={`To: ${ME.name}`}
                        tabIndex={-1}
                        class="VVc2u xF985"
                      >
                        <span class="Entity EType_LABEL_ENTITY" contentEditable={false}>
                          <label class="JRnIE WOwiK">To:</label>
                        </span>
                        <span class="Entity EType_RECIPIENT_ENTITY" contentEditable={false}>
                          <span
                            class="lpcWrapper"
                            aria-label={ME.name}
                            tabIndex={0}
                            role="button"
                            aria-haspopup="dialog"
                            data-is-focusable="true"
                          >
                            <span class="TeT3q V3xkQ" aria-hidden="true">
                              You
                            </span>
                          </span>
                        </span>
                      </div>
                    </div>
                  </div>
                  <div class="srQcS">
                    <div data-testid="SentReceivedSavedTime" class="ALoOM l8TnU I1wdR">
                      {m.received}
                    </div>
                  </div>
                </div>
                {m.attachment && (
                  <div class="Attq1" role="list" aria-label="Attachments">
                    <div role="listitem" class="Attq2" aria-label={m.bounce ? `${m.bounce.original}.eml` : 'document.pdf'}>
                      <Icon name={m.bounce ? 'MailRegular' : 'DocumentPdfRegular'} />
                      <span class="Attq3">{m.bounce ? `${m.bounce.original}.eml` : 'document.pdf'}</span>
                    </div>
                  </div>
                )}
                <div class="l8TnU T3idP hg7Eg" />
                <div role="document" key={m.id}>
                  <div tabIndex={0} aria-label="Message body" class="ulb23 GNqVo allowTextSelection" id={`UniqueMessageBody_${bodyIndex}`}>
                    <div class={`rps_${(m.serial % 0xffff).toString(16)}`}>
                      <Body m={m} />
                    </div>
                  </div>
                </div>
              </div>
              <div tabIndex={-1} class="th6pY HJy2l" role="toolbar" aria-label="Quick actions">
                <button type="button" aria-label="Reply" role="menuitem" class="fui-Button r1alrhcs">
                  <Icon name="ArrowReplyRegular" />
                  Reply
                </button>
                <button type="button" aria-label="Forward" role="menuitem" class="fui-Button r1alrhcs">
                  <Icon name="ArrowForwardRegular" />
                  Forward
                </button>
              </div>
            </div>
          </div>
        </div>
      </div>
    </div>
  );
}
