import {
  forwardMissing as forwardMissingEn,
  mfaChange as mfaChangeEn,
  mfaMethods as mfaMethodsEn,
  mfaPhoneZero as mfaPhoneZeroEn,
  password as passwordEn,
  signinEmail as signinEmailEn,
  signinMfa as signinMfaEn,
  signinPassword as signinPasswordEn,
  undeliverable as undeliverableEn,
} from './entries.en';
import {
  forwardMissing as forwardMissingJa,
  mfaChange as mfaChangeJa,
  mfaMethods as mfaMethodsJa,
  mfaPhoneZero as mfaPhoneZeroJa,
  password as passwordJa,
  signinEmail as signinEmailJa,
  signinMfa as signinMfaJa,
  signinPassword as signinPasswordJa,
  undeliverable as undeliverableJa,
} from './entries.ja';
import type { FaqEntry, Lang } from './types';

/**
 * The FAQ entries the panels on other sites' pages show: inside Outlook (bounces, forwarding) and on
 * Microsoft's sign-in and Security info pages (FAQ 1-1 to 2, 5 to 7). Imported one by one so the
 * content script does not carry the whole FAQ.
 */
export type TipEntryId =
  | 'undeliverable'
  | 'forward-missing'
  | 'signin-email'
  | 'signin-password'
  | 'signin-mfa'
  | 'password'
  | 'mfa-methods'
  | 'mfa-phone-zero'
  | 'mfa-change';

const TIPS: Record<Lang, Record<TipEntryId, FaqEntry>> = {
  ja: {
    undeliverable: undeliverableJa,
    'forward-missing': forwardMissingJa,
    'signin-email': signinEmailJa,
    'signin-password': signinPasswordJa,
    'signin-mfa': signinMfaJa,
    password: passwordJa,
    'mfa-methods': mfaMethodsJa,
    'mfa-phone-zero': mfaPhoneZeroJa,
    'mfa-change': mfaChangeJa,
  },
  en: {
    undeliverable: undeliverableEn,
    'forward-missing': forwardMissingEn,
    'signin-email': signinEmailEn,
    'signin-password': signinPasswordEn,
    'signin-mfa': signinMfaEn,
    password: passwordEn,
    'mfa-methods': mfaMethodsEn,
    'mfa-phone-zero': mfaPhoneZeroEn,
    'mfa-change': mfaChangeEn,
  },
};

export function tipEntry(id: TipEntryId, lang: Lang): FaqEntry {
  return TIPS[lang][id];
}
