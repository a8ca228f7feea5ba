import type { Lang } from '../faq/types';
import { t } from '../i18n';
import { Announce } from './Announce';

interface Props {
  lang: Lang;
  /** The user pressed Save with the risky state still set: say it louder. */
  saving: boolean;
  onJump: () => void;
}

/** Next to "Keep a copy of forwarded messages" while forwarding is on and the box is off. */
export function KeepCopyWarning({ lang, saving, onJump }: Props) {
  const title = t(lang, saving ? 'forwardingWithoutCopyTitleSaving' : 'forwardingWithoutCopyTitle');
  return (
    <section class={`card warning${saving ? ' prominent' : ''}`} lang={lang} aria-labelledby="keep-copy-title">
      <h2 id="keep-copy-title">{title}</h2>
      <Announce text={`${t(lang, 'helpName')}: ${title}. ${t(lang, 'forwardingWithoutCopyFix')}`} urgent />
      <p>{t(lang, 'forwardingWithoutCopyBody')}</p>
      <p class="fix">{t(lang, 'forwardingWithoutCopyFix')}</p>
      <div class="actions">
        <button type="button" class="action" onClick={onJump}>
          {t(lang, 'forwardingWithoutCopyJump')}
        </button>
      </div>
    </section>
  );
}
