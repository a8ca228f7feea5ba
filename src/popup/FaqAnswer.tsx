import { useEffect, useRef } from 'preact/hooks';
import { faqEntry } from '../faq/index';
import type { FaqId, Lang } from '../faq/types';
import { t } from '../i18n';
import { ContactCard } from './ContactCard';
import { FaqBlocks } from '../ui/FaqBlocks';

interface Props {
  id: FaqId;
  lang: Lang;
  terms: string[];
  onOpen: (id: FaqId) => void;
  onBack: () => void;
}

/** One FAQ entry in full, with its links and related questions. */
export function FaqAnswer({ id, lang, terms, onOpen, onBack }: Props) {
  const entry = faqEntry(id, lang);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [id]);

  return (
    <article
      class="answer"
      aria-labelledby="answer-title"
      onKeyDown={(e) => {
        if (e.key === 'Escape') {
          e.preventDefault();
          onBack();
        }
      }}
    >
      <button type="button" class="back" onClick={onBack}>
        ← {t(lang, 'back')}
      </button>
      {entry.section && <p class="section">{t(lang, 'sectionLabel', entry.section)}</p>}
      <h2 id="answer-title" tabIndex={-1} ref={heading}>
        {entry.title}
      </h2>
      <FaqBlocks blocks={entry.body} terms={terms} />
      {id === 'contact' && <ContactCard lang={lang} />}
      {entry.links.length > 0 && (
        <>
          <h3>{t(lang, 'linksHeading')}</h3>
          <ul class="links">
            {entry.links.map((link) => (
              <li key={link.href}>
                <a href={link.href} target="_blank" rel="noopener noreferrer">
                  {link.text}
                  <span class="visually-hidden"> {t(lang, 'opensInNewTab')}</span>
                </a>
              </li>
            ))}
          </ul>
        </>
      )}
      {entry.related.length > 0 && (
        <>
          <h3>{t(lang, 'relatedHeading')}</h3>
          <ul class="related">
            {entry.related.map((rid) => (
              <li key={rid}>
                <button type="button" class="link-button" onClick={() => onOpen(rid)}>
                  {faqEntry(rid, lang).title}
                </button>
              </li>
            ))}
          </ul>
        </>
      )}
    </article>
  );
}
