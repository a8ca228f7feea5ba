import { useEffect, useState } from 'preact/hooks';
import type { Lang } from '../faq/types';
import { browserLang, t, type MessageKey } from '../i18n';
import { LanguageSelect } from '../ui/LanguageSelect';
import { DEFAULTS, loadSettings, onSettingsChanged, saveSetting, type Settings } from '../settings';

type TipKey = 'listMarkers' | 'readingPane' | 'stormNotice' | 'forwardingWarnings' | 'rulesNotes';

const TIPS: [TipKey, MessageKey][] = [
  ['listMarkers', 'bounceRowOption'],
  ['readingPane', 'bounceOpenOption'],
  ['stormNotice', 'bounceStormOption'],
  ['forwardingWarnings', 'forwardingWithoutCopyOption'],
  ['rulesNotes', 'rulesForwardOption'],
];

/** The options page: each kind of tip on or off, the language, and hidden tips back. */
export function Options() {
  const [settings, setSettings] = useState<Settings>(DEFAULTS);
  const [restored, setRestored] = useState(false);
  const lang: Lang = settings.language === 'auto' ? browserLang() : settings.language;

  useEffect(() => {
    void loadSettings().then(setSettings);
    return onSettingsChanged(setSettings);
  }, []);
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t(lang, 'optionsTitle');
  }, [lang]);

  const change = <K extends keyof Settings>(key: K, value: Settings[K]) => {
    setSettings((s) => ({ ...s, [key]: value }));
    void saveSetting(key, value);
  };

  return (
    <main class="options">
      <h1>{t(lang, 'optionsTitle')}</h1>

      <section aria-labelledby="tips-heading">
        <h2 id="tips-heading">{t(lang, 'optionsTipsHeading')}</h2>
        <p class="hint">{t(lang, 'optionsTipsHint')}</p>
        <ul class="toggles">
          {TIPS.map(([key, label]) => (
            <li key={key}>
              <label>
                <input type="checkbox" name={key} checked={settings[key]} onChange={(e) => change(key, e.currentTarget.checked)} />
                {t(lang, label)}
              </label>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="language-heading">
        <h2 id="language-heading">{t(lang, 'optionsLanguageHeading')}</h2>
        <LanguageSelect lang={lang} value={settings.language} onChange={(value) => change('language', value)} />
        <p class="hint">{t(lang, 'optionsLanguageHint')}</p>
      </section>

      <section aria-labelledby="hidden-heading">
        <h2 id="hidden-heading">{t(lang, 'optionsHiddenHeading')}</h2>
        <p>
          {settings.dismissed.length > 0 ? t(lang, 'optionsHiddenCount', settings.dismissed.length) : t(lang, 'optionsHiddenNone')}
        </p>
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
        <p role="status" class="hint">{restored ? t(lang, 'optionsRestored') : ''}</p>
      </section>
    </main>
  );
}
