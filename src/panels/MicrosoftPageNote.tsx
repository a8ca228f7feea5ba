import type { PanelActions } from '../content/feature';
import type { ComponentChildren } from 'preact';
import type { TipEntryId } from '../faq/tips';
import type { Lang } from '../faq/types';
import { t } from '../i18n';
import { Announce } from './Announce';
import { FaqAnswerDetails } from './FaqAnswerDetails';
import { TipActions } from './TipActions';

interface Props {
  lang: Lang;
  /** The feature id: names the card for tests and gives its heading a unique id. */
  feature: string;
  title: string;
  /** The FAQ entries behind the note, each one click away. */
  faq: TipEntryId[];
  actions: PanelActions;
  children: ComponentChildren;
}

/**
 * The frame of every note on Microsoft's sign-in and Security info pages. On a page where people
 * type their password, a note must never pass for part of Microsoft's form: it says whose it is
 * first (the extension's icon and name), holds no input of any kind, and its only buttons put it
 * away.
 */
export function MicrosoftPageNote({ lang, feature, title, faq, actions, children }: Props) {
  const titleId = `${feature}-title`;
  return (
    <section class="card note-card ms-note" lang={lang} data-feature={feature} aria-labelledby={titleId}>
      <p class="brand">
        <HelpIcon />
        <span>{t(lang, 'signinNoteBrand')}</span>
      </p>
      <h2 id={titleId}>{title}</h2>
      <Announce text={`${t(lang, 'helpName')}: ${title}`} />
      {children}
      {faq.map((id) => (
        <FaqAnswerDetails key={id} lang={lang} id={id} />
      ))}
      <TipActions lang={lang} actions={actions} />
      <button type="button" class="close" aria-label={t(lang, 'close')} title={t(lang, 'close')} onClick={actions.close}>
        ×
      </button>
    </section>
  );
}

/** The extension's icon (assets/icon.svg, simplified for 16 px), drawn inline: no resource to load. */
function HelpIcon() {
  return (
    <svg class="brand-icon" viewBox="0 0 128 128" width="16" height="16" aria-hidden="true" focusable="false">
      <rect x="4" y="4" width="120" height="120" rx="26" fill="#0f6cbd" />
      <rect x="20" y="34" width="72" height="52" rx="6" fill="#ffffff" />
      <path d="M22 38 L56 64 L90 38" fill="none" stroke="#0f6cbd" stroke-width="7" stroke-linejoin="round" />
      <circle cx="92" cy="88" r="26" fill="#ffb900" stroke="#0f6cbd" stroke-width="5" />
      <path d="M84 81 a8 8 0 1 1 11 7 c-3 1.5 -3 3 -3 6" fill="none" stroke="#1b1b1b" stroke-width="6" stroke-linecap="round" />
      <circle cx="92" cy="103" r="3.6" fill="#1b1b1b" />
    </svg>
  );
}
