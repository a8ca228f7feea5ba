import { HELP_DESK } from '../faq/links';
import type { Lang } from '../faq/types';
import { t } from '../i18n';

export function ContactCard({ lang }: { lang: Lang }) {
  return (
    <section class="contact" aria-labelledby="contact-heading">
      <h2 id="contact-heading">{t(lang, 'contactHeading')}</h2>
      <dl>
        <dt>{t(lang, 'contactEmail')}</dt>
        <dd>
          <a href={`mailto:${HELP_DESK.email}`}>{HELP_DESK.email}</a>
        </dd>
        <dt>{t(lang, 'contactPhone')}</dt>
        <dd>
          {HELP_DESK.phones.map((phone, i) => (
            <>
              {i > 0 && ', '}
              <a href={`tel:${phone}`}>{phone}</a>
            </>
          ))}
          <br />
          {t(lang, 'contactHours')}
        </dd>
      </dl>
    </section>
  );
}
