import en from '../_locales/en/messages.json' with { type: 'json' };
import ja from '../_locales/ja/messages.json' with { type: 'json' };
import browser from './browser';
import type { Lang } from './faq/types';

/**
 * UI strings from _locales. browser.i18n only speaks the browser's language, and users may pick
 * another one, so both message files are bundled and read here with the same rules
 * (named $PLACEHOLDERS$ bound to $1, $2 …).
 */
export type MessageKey = keyof typeof ja;

interface Message {
  message: string;
  placeholders?: Record<string, { content: string }>;
}

const MESSAGES: Record<Lang, Record<MessageKey, Message>> = { ja, en };

export function t(lang: Lang, key: MessageKey, ...substitutions: (string | number)[]): string {
  const { message, placeholders = {} } = MESSAGES[lang][key];
  return message.replace(/\$([A-Za-z0-9_@]+)\$/g, (whole, name: string) => {
    const content = placeholders[name.toLowerCase()]?.content;
    if (!content) return whole;
    return content.replace(/\$(\d)/g, (_, n: string) => String(substitutions[Number(n) - 1] ?? ''));
  });
}

/** The browser's UI language, as one of ours: Japanese for ja*, English for everything else. */
export function browserLang(): Lang {
  return browser.i18n.getUILanguage().toLowerCase().startsWith('ja') ? 'ja' : 'en';
}
