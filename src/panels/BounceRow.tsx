import { useRef, useState } from 'preact/hooks';
import type { PanelProps } from '../content/feature';
import type { BounceRowProps } from '../detectors/bounce-row';
import { t } from '../i18n';
import { FaqAnswerDetails } from './FaqAnswerDetails';
import { TipActions } from './TipActions';

/**
 * The quiet marker on a bounce row and the help it opens. The help is a popover: it sits in the
 * top layer, so the row's overflow and Outlook's virtualised list never clip it, and the browser
 * gives it Escape and click-outside to close. Its content is drawn when it first opens (every
 * bounce row has a marker, and most are never opened); the heading is always there, so the dialog
 * always has its name.
 */
export function BounceRow({ lang, forwardingUrl, inTabOrder, actions }: PanelProps<BounceRowProps>) {
  const button = useRef<HTMLButtonElement>(null);
  const popover = useRef<HTMLDivElement>(null);
  const [opened, setOpened] = useState(false);

  const place = () => {
    const anchor = button.current?.getBoundingClientRect();
    const card = popover.current;
    if (!anchor || !card) return;
    const width = Math.min(360, innerWidth - 16);
    const left = Math.max(8, Math.min(anchor.left, innerWidth - width - 8));
    const below = anchor.bottom + 6;
    card.style.width = `${width}px`;
    card.style.left = `${left}px`;
    card.style.top = `${Math.max(8, Math.min(below, innerHeight - card.offsetHeight - 8))}px`;
  };

  const onToggle = (e: Event) => {
    const open = (e as ToggleEvent).newState === 'open';
    if (open) {
      place();
      popover.current?.querySelector<HTMLElement>('h2')?.focus();
    } else {
      // document.activeElement is our host from outside the shadow root: ask the root itself.
      const root = button.current?.getRootNode() as ShadowRoot | undefined;
      if (!root?.activeElement || popover.current?.contains(root.activeElement)) button.current?.focus();
    }
  };

  // beforetoggle comes before the popover shows; the state change renders in a microtask, so the
  // content is there when `toggle` (a task later) places the card and moves focus into it.
  const onBeforeToggle = (e: Event) => {
    if ((e as ToggleEvent).newState === 'open') setOpened(true);
  };

  const close = () => popover.current?.hidePopover();

  return (
    <>
      <button
        ref={button}
        type="button"
        class="marker"
        tabIndex={inTabOrder ? 0 : -1}
        popovertarget="bounce-help"
        title={t(lang, 'bounceRowMarkerLabel')}
      >
        {/* The accessible name starts with the visible word (WCAG 2.5.3), then says what it opens. */}
        <span aria-hidden="true">! </span>
        {t(lang, 'bounceRowMarker')}
        <span class="sr-only">: {t(lang, 'bounceRowMarkerLabel')}</span>
      </button>
      <div
        ref={popover}
        id="bounce-help"
        popover="auto"
        class="card popover"
        lang={lang}
        onBeforeToggle={onBeforeToggle}
        onToggle={onToggle}
        role="dialog"
        aria-labelledby="bounce-help-title"
      >
        <h2 id="bounce-help-title" tabIndex={-1}>
          {t(lang, 'bounceRowTitle')}
        </h2>
        {opened && (
          <>
            <p>{t(lang, 'bounceRowBody')}</p>
            <p>{t(lang, 'bounceRowOpen')}</p>
            <p>
              <a class="primary" href={forwardingUrl}>
                {t(lang, 'openForwarding')}
              </a>
            </p>
            <FaqAnswerDetails lang={lang} id="undeliverable" />
            <TipActions lang={lang} actions={actions} before={close} />
            <button type="button" class="close" aria-label={t(lang, 'close')} title={t(lang, 'close')} onClick={close}>
              ×
            </button>
          </>
        )}
      </div>
    </>
  );
}
