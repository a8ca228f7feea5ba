import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import browser from '../browser';
import { FAQ, faqEntry } from '../faq/index';
import { searchFaq } from '../faq/search';
import type { FaqId, Lang } from '../faq/types';
import { browserLang, t } from '../i18n';
import { askPage, type PageStatus } from '../page-status';
import { DEFAULTS, isManaged, loadPolicy, loadSettings, NO_POLICY, saveSetting, type LanguagePreference, type Policy } from '../settings';
import { EdgeNote } from './EdgeNote';
import { PageLines } from './PageLines';
import { ContactCard } from './ContactCard';
import { FaqAnswer } from './FaqAnswer';
import { LanguageSelect } from '../ui/LanguageSelect';
import { Provenance } from '../ui/Provenance';
import { optionId, ResultList, type ResultItem } from './ResultList';

/** The toolbar popup: search the FAQ as you type, open an entry, switch language. */
export function Popup() {
  const [preference, setPreference] = useState<LanguagePreference>(DEFAULTS.language);
  const [query, setQuery] = useState('');
  const [active, setActive] = useState(0);
  const [open, setOpen] = useState<FaqId | null>(null);
  const [saveFailed, setSaveFailed] = useState(false);
  /** What the extension shows in the tab the popup opened over (asked once, on opening). */
  const [page, setPage] = useState<PageStatus>([]);
  const [policy, setPolicy] = useState<Policy>(NO_POLICY);
  const input = useRef<HTMLInputElement>(null);

  const lang: Lang = preference === 'auto' ? browserLang() : preference;

  useEffect(() => {
    void loadSettings().then((s) => setPreference(s.language));
    void loadPolicy().then(setPolicy);
    void askPage().then(setPage);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'popupHeading');
  }, [lang]);
  useEffect(() => {
    if (open === null) input.current?.focus();
  }, [open]);

  const items: ResultItem[] = useMemo(() => {
    if (!query.trim()) return FAQ[lang].map((entry) => ({ entry, terms: [] }));
    return searchFaq(query, { lang }).map((hit) => ({ entry: faqEntry(hit.id, lang), terms: hit.terms }));
  }, [query, lang]);
  const searching = query.trim() !== '';
  const current = Math.min(active, items.length - 1);

  const openItem = (index: number) => {
    const item = items[index];
    if (item) setOpen(item.entry.id);
  };

  const onKeyDown = (e: KeyboardEvent) => {
    // Enter and the arrows belong to the input method while a Japanese conversion is open.
    if (e.isComposing || e.keyCode === 229) return;
    if ((e.key === 'ArrowDown' || e.key === 'ArrowUp') && items.length > 0) {
      e.preventDefault();
      const step = e.key === 'ArrowDown' ? 1 : -1;
      setActive((current + step + items.length) % items.length);
    } else if (e.key === 'Enter') {
      e.preventDefault();
      openItem(current);
    }
  };

  useEffect(() => {
    const option = items[current] && document.getElementById(optionId(items[current].entry));
    option?.scrollIntoView({ block: 'nearest' });
  }, [current, items]);

  const changeLanguage = (value: LanguagePreference) => {
    const before = preference;
    setPreference(value);
    // Storage may refuse (its writes per minute): the language shown stays this one for now, and
    // goes back to the stored one, with a word, rather than seem saved.
    saveSetting('language', value).then(
      () => setSaveFailed(false),
      () => {
        setSaveFailed(true);
        setPreference(before);
      },
    );
  };

  const terms = open ? (items.find((i) => i.entry.id === open)?.terms ?? []) : [];

  return (
    <div class="popup">
      <header>
        <h1>{t(lang, 'popupHeading')}</h1>
        <LanguageSelect lang={lang} value={preference} disabled={isManaged('language', policy)} onChange={changeLanguage} />
        <button type="button" class="options-link" onClick={() => void browser.runtime.openOptionsPage()}>
          {t(lang, 'openOptions')}
        </button>
      </header>
      {saveFailed && (
        <p class="save-failed" role="alert">
          {t(lang, 'saveFailed')}
        </p>
      )}
      {open ? (
        <main>
          <FaqAnswer id={open} lang={lang} terms={terms} onOpen={setOpen} onBack={() => setOpen(null)} />
        </main>
      ) : (
        <main>
          <PageLines lang={lang} status={page} onOpen={setOpen} />
          <EdgeNote lang={lang} />
          <label class="search">
            <span class="visually-hidden">{t(lang, 'searchLabel')}</span>
            <input
              ref={input}
              type="search"
              // biome-ignore lint/a11y/noRedundantRoles: a search box that drives a listbox is an ARIA combobox, which type="search" alone does not say.
              role="combobox"
              // Preact's types tie role="combobox" on <input> to a `list`; we render our own listbox.
              list={undefined}
              aria-autocomplete="list"
              aria-expanded={items.length > 0}
              aria-controls="faq-results"
              aria-activedescendant={items[current] ? optionId(items[current].entry) : undefined}
              aria-describedby="search-hint"
              placeholder={t(lang, 'searchPlaceholder')}
              value={query}
              autoComplete="off"
              spellcheck={false}
              onInput={(e) => {
                setQuery((e.currentTarget as HTMLInputElement).value);
                setActive(0);
              }}
              onKeyDown={onKeyDown}
            />
          </label>
          <p id="search-hint" class="hint">
            {t(lang, 'searchHint')}
          </p>
          <p class="visually-hidden" role="status">
            {searching && (items.length > 0 ? t(lang, 'resultsCount', items.length) : t(lang, 'noResults', query.trim()))}
          </p>
          {items.length > 0 ? (
            <>
              {!searching && <h2 class="list-heading">{t(lang, 'allEntries')}</h2>}
              <ResultList
                items={items}
                active={current}
                label={searching ? t(lang, 'resultsCount', items.length) : t(lang, 'allEntries')}
                onOpen={openItem}
                onHover={setActive}
              />
            </>
          ) : (
            <div class="no-results">
              <p>
                <strong>{t(lang, 'noResults', query.trim())}</strong>
              </p>
              <p>{t(lang, 'noResultsHint')}</p>
              <ContactCard lang={lang} />
            </div>
          )}
        </main>
      )}
      <Provenance lang={lang} />
    </div>
  );
}
