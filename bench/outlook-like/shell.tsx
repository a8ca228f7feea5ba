import { Icon, IconButton } from './row';

/**
 * What surrounds the list and the pane in Outlook: the suite header with the search box, the
 * ribbon, and the folder pane with unread counts (which change as mail is read and arrives, in
 * text outside both the list and the pane). Drawn once; only the counts re-render.
 */

export function SuiteHeader() {
  return (
    <div id="o365header" class="Hq0Sh" role="banner">
      <div class="Hq1Ap">
        <IconButton title="App launcher" icon="GridDotsRegular" />
        <span class="Hq2Br">Outlook</span>
      </div>
      <div class="Hq3Se" role="search">
        <div class="ms-SearchBox Hq4Sb">
          <Icon name="SearchRegular" />
          <input id="topSearchInput" type="search" aria-label="Search" placeholder="Search" autoComplete="off" class="ms-SearchBox-field" />
        </div>
      </div>
      <div class="Hq5Tb">
        <IconButton title="Meet now" icon="VideoRegular" />
        <IconButton title="Settings" icon="SettingsRegular" />
        <IconButton title="Help" icon="QuestionCircleRegular" />
        <button type="button" class="Hq6Me" aria-label="Account manager for Hanako Osaka">
          <span role="img" class="fui-Avatar" aria-label="Hanako Osaka">
            <span class="fui-Avatar__initials">HO</span>
          </span>
        </button>
      </div>
    </div>
  );
}

const RIBBON: [string, string][] = [
  ['New mail', 'MailAddRegular'],
  ['Delete', 'DeleteRegular'],
  ['Archive', 'ArchiveRegular'],
  ['Report', 'ShieldErrorRegular'],
  ['Sweep', 'BroomRegular'],
  ['Move to', 'FolderArrowRightRegular'],
  ['Reply', 'ArrowReplyRegular'],
  ['Reply all', 'ArrowReplyAllRegular'],
  ['Forward', 'ArrowForwardRegular'],
  ['Read / Unread', 'MailReadRegular'],
  ['Categorize', 'TagRegular'],
  ['Flag / Unflag', 'FlagRegular'],
  ['Pin / Unpin', 'PinRegular'],
  ['Snooze', 'ClockRegular'],
  ['Rules', 'MailSettingsRegular'],
  ['Print', 'PrintRegular'],
];

export function Ribbon() {
  return (
    <div class="Rq0Rb" role="region" aria-label="Ribbon">
      <div role="tablist" class="Rq1Tl">
        {['Home', 'View', 'Help'].map((tab, i) => (
          <button key={tab} type="button" role="tab" aria-selected={i === 0 ? 'true' : 'false'} class="fui-Tab Rq2Tb">
            <span class="fui-Tab__content">{tab}</span>
          </button>
        ))}
      </div>
      <div role="toolbar" aria-label="Home" class="Rq3Tb">
        {RIBBON.map(([label, icon]) => (
          <div key={label} class="Rq4Gp" role="none">
            <button type="button" class="ms-Button Rq5Bt" aria-label={label} data-is-focusable="true">
              <span class="ms-Button-flexContainer" data-automationid="splitbuttonprimary">
                <Icon name={icon} />
                <span class="ms-Button-label">{label}</span>
              </span>
            </button>
          </div>
        ))}
      </div>
    </div>
  );
}

const FOLDERS = [
  'Inbox',
  'Drafts',
  'Sent Items',
  'Deleted Items',
  'Junk Email',
  'Archive',
  'Notes',
  'Conversation History',
  'RSS Feeds',
  'Search Folders',
];

export function FolderPane({ unread }: { unread: number }) {
  return (
    <div role="navigation" aria-label="Navigation pane" class="Fq0Np">
      <div role="tree" aria-label="Folders" class="Fq1Tr">
        <div role="treeitem" aria-expanded="true" aria-level={1} class="Fq2Ti" title="u123456a@ecs.osaka-u.ac.jp">
          <Icon name="ChevronDownRegular" />
          <span class="Fq3Nm">Hanako Osaka</span>
        </div>
        {FOLDERS.map((name, i) => (
          <div
            key={name}
            role="treeitem"
            aria-level={2}
            aria-selected={i === 0 ? 'true' : 'false'}
            class={i === 0 ? 'Fq2Ti Fq4Sel' : 'Fq2Ti'}
            title={name}
            data-folder-name={name.toLowerCase()}
          >
            <Icon name={i === 0 ? 'MailInboxRegular' : 'FolderRegular'} />
            <span class="Fq3Nm">{name}</span>
            {i === 0 && unread > 0 && (
              <span class="Fq5Ct" aria-label={`${unread} unread`}>
                {unread}
              </span>
            )}
          </div>
        ))}
      </div>
      <div role="tree" aria-label="Groups" class="Fq1Tr">
        {['Lab members', 'Seminar 2026'].map((name) => (
          <div key={name} role="treeitem" aria-level={1} class="Fq2Ti" title={name}>
            <Icon name="PeopleTeamRegular" />
            <span class="Fq3Nm">{name}</span>
          </div>
        ))}
      </div>
    </div>
  );
}
