import type { Lang } from '../faq/types';
import { t } from '../i18n';
import type { LanguagePreference } from '../settings';

interface Props {
  lang: Lang;
  value: LanguagePreference;
  onChange: (value: LanguagePreference) => void;
  /** The university's policy sets the language. */
  disabled?: boolean;
  describedBy?: string;
}

export function LanguageSelect({ lang, value, onChange, disabled = false, describedBy }: Props) {
  return (
    <label class="language">
      <span class="visually-hidden">{t(lang, 'languageLabel')}</span>
      <select
        value={value}
        disabled={disabled}
        aria-describedby={describedBy}
        onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as LanguagePreference)}
      >
        <option value="auto">{t(lang, 'languageAuto')}</option>
        <option value="ja" lang="ja">
          {t(lang, 'languageJa')}
        </option>
        <option value="en" lang="en">
          {t(lang, 'languageEn')}
        </option>
      </select>
    </label>
  );
}
