import type { PanelProps } from '../content/feature';
import type { ForwardingWithoutCopyProps } from '../detectors/forwarding-without-copy';
import { t } from '../i18n';
import { Announce } from './Announce';

/** Next to "Keep a copy of forwarded messages" while forwarding is on and the box is off. */
export function ForwardingWithoutCopy({ lang, saving, actions }: PanelProps<ForwardingWithoutCopyProps>) {
  const title = t(lang, saving ? 'forwardingWithoutCopyTitleSaving' : 'forwardingWithoutCopyTitle');
  return (
    <section class={`card warning${saving ? ' prominent' : ''}`} lang={lang} aria-labelledby="keep-copy-title">
      <h2 id="keep-copy-title">{title}</h2>
      <Announce text={`${t(lang, 'helpName')}: ${title}. ${t(lang, 'forwardingWithoutCopyFix')}`} urgent />
      <p>{t(lang, 'forwardingWithoutCopyBody')}</p>
      <p class="fix">{t(lang, 'forwardingWithoutCopyFix')}</p>
      <div class="actions">
        <button type="button" class="action" onClick={actions.jump}>
          {t(lang, 'forwardingWithoutCopyJump')}
        </button>
      </div>
    </section>
  );
}
