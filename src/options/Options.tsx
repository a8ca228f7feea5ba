import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../faq/types';
import { browserLang, t, type MessageKey } from '../i18n';
import { camelId, FEATURES, type FeatureId, type Site } from '../features';
import { LanguageSelect } from '../ui/LanguageSelect';
import { Provenance } from '../ui/Provenance';
import {
  DEFAULTS,
  isManaged,
  loadPolicy,
  loadSettings,
  NO_POLICY,
  onSettingsChanged,
  saveSetting,
  type Policy,
  type Settings,
} from '../settings';

/** The options page's sections: one per kind of page the tips are on. */
const SECTIONS: { heading: MessageKey; sites: readonly Site[] }[] = [
  { heading: 'optionsTipsHeading', sites: ['outlook'] },
  { heading: 'optionsSigninHeading', sites: ['signin', 'security-info'] },
];

const optionLabel = (id: FeatureId): MessageKey => `${camelId(id)}Option`;

/** The options page: each kind of tip on or off, the language, and hidden tips back. */
export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  const [restored, setRestored] = useState(false);
  /** The setting whose last change storage refused: shown as it is stored, with a word beside it. */
  const [failed, setFailed] = useState<keyof Settings | null>(null);
  /** What the university's policy decides: shown, and not changeable here. */
  const [policy, setPolicy] = useState<Policy>(NO_POLICY);
  const lang: Lang = settings.language === 'auto' ? browserLang() : settings.language;

  useEffect(() => {
    const load = () => {
      void loadSettings().then(setSettings);
      void loadPolicy().then(setPolicy);
    };
    load();
    return onSettingsChanged(load);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'optionsTitle');
  }, [lang]);

  const change = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
    saveSetting(key, value).then(
      () => setFailed(null),
      () => {
        setFailed(key);
        void loadSettings().then(setSettings);
      },
    );
  };
  const managed = (key: keyof Settings) => isManaged(key, policy);
  /** The word beside a setting the university decides (and the id the control points to). */
  const managedNote = (key: keyof Settings) =>
    managed(key) && (
      <p class="managed" id={`managed-${key}`}>
        {t(lang, 'optionsManaged')}
      </p>
    );
  const failure = (key: keyof Settings) =>
    failed === key && (
      <p class="save-failed" role="alert">
        {t(lang, 'saveFailed')}
      </p>
    );

  return (
    <>
      <main class="options">
        <h1>{t(lang, 'optionsTitle')}</h1>

        {SECTIONS.map(({ heading, sites }) => (
          <section key={heading} aria-labelledby={heading}>
            <h2 id={heading}>{t(lang, heading)}</h2>
            <p class="hint">{t(lang, 'optionsTipsHint')}</p>
            <ul class="toggles">
              {FEATURES.filter((f) => (sites as readonly string[]).includes(f.site)).map(({ id }) => (
                <li key={id}>
                  <label>
                    <input
                      type="checkbox"
                      name={id}
                      checked={settings[id]}
                      disabled={managed(id)}
                      aria-describedby={managed(id) ? `managed-${id}` : undefined}
                      onChange={(e) => change(id, e.currentTarget.checked)}
                    />
                    {t(lang, optionLabel(id))}
                  </label>
                  {managedNote(id)}
                  {failure(id)}
                </li>
              ))}
            </ul>
          </section>
        ))}

        <section aria-labelledby="language-heading">
          <h2 id="language-heading">{t(lang, 'optionsLanguageHeading')}</h2>
          <LanguageSelect
            lang={lang}
            value={settings.language}
            disabled={managed('language')}
            describedBy={managed('language') ? 'managed-language' : undefined}
            onChange={(value) => change('language', value)}
          />
          {managedNote('language')}
          {failure('language')}
          <p class="hint">{t(lang, 'optionsLanguageHint')}</p>
        </section>

        <section aria-labelledby="hidden-heading">
          <h2 id="hidden-heading">{t(lang, 'optionsHiddenHeading')}</h2>
          <p>{settings.dismissed.length > 0 ? t(lang, 'optionsHiddenCount', settings.dismissed.length) : t(lang, 'optionsHiddenNone')}</p>
          <button
            type="button"
            disabled={settings.dismissed.length === 0}
            onClick={() => {
              change('dismissed', []);
              setRestored(true);
            }}
          >
            {t(lang, 'optionsRestore')}
          </button>
          {failure('dismissed')}
          <p role="status" class="hint">
            {restored ? t(lang, 'optionsRestored') : ''}
          </p>
        </section>
      </main>
      {/* After <main>: where the help comes from is about the whole extension, not these settings. */}
      <div class="options-footer">
        <Provenance lang={lang} />
      </div>
    </>
  );
}
