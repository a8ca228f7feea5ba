import type { PanelActions } from '../content/feature';
import type { Lang } from '../faq/types';
import { t } from '../i18n';
import type { SecurityInfoMethodsProps } from '../detectors/security-info-methods';
import { MfaMethodChoices } from './MfaMethodChoices';
import { MicrosoftPageNote } from './MicrosoftPageNote';

interface Props {
  lang: Lang;
  view: SecurityInfoMethodsProps['view'];
  actions: PanelActions;
}

/**
 * On Security info. Below the methods list: FAQ 5's methods and how to change one (FAQ 7, and
 * what Microsoft lets you change: its combined-registration documentation). In the "add method"
 * step: FAQ 5's methods, and where the phone went in Microsoft's 2024 redesign.
 */
export function SecurityInfoMethods({ lang, view, actions }: Props) {
  const list = view === 'list';
  return (
    <MicrosoftPageNote
      lang={lang}
      feature="security-info-methods"
      title={t(lang, list ? 'securityInfoMethodsTitle' : 'securityInfoMethodsAddTitle')}
      faq={list ? ['mfa-methods', 'mfa-change'] : ['mfa-methods']}
      actions={actions}
    >
      <MfaMethodChoices lang={lang} />
      {list ? (
        <>
          <p>{t(lang, 'securityInfoMethodsChange')}</p>
          <p>{t(lang, 'securityInfoMethodsReset')}</p>
        </>
      ) : (
        <p>{t(lang, 'securityInfoMethodsMoreOptions')}</p>
      )}
    </MicrosoftPageNote>
  );
}
