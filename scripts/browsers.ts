import { existsSync } from 'node:fs';
import puppeteer, { type Browser } from 'puppeteer-core';

/**
 * Launching the real browsers the tests, the demo and the bench use: Debian's chromium and
 * firefox-esr. A missing browser is an error that says how to install it.
 */
export type BrowserName = 'chromium' | 'firefox';

const CANDIDATES: Record<BrowserName, string[]> = {
  chromium: [process.env.CHROMIUM_PATH ?? '', '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'],
  firefox: [process.env.FIREFOX_PATH ?? '', '/usr/bin/firefox-esr', '/usr/bin/firefox'],
};

export function browserPath(name: BrowserName): string {
  const found = CANDIDATES[name].find((p) => p && existsSync(p));
  if (found) return found;
  throw new Error(
    `${name} was not found (looked in ${CANDIDATES[name].filter(Boolean).join(', ')}).\n` +
      `Install it with: sudo apt-get install -y ${name === 'chromium' ? 'chromium' : 'firefox-esr'}\n` +
      `or point ${name === 'chromium' ? 'CHROMIUM_PATH' : 'FIREFOX_PATH'} at your own build.`,
  );
}

/** Chromium keeps reaching for the network without these; here the network is closed. */
const QUIET_CHROMIUM = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-features=Translate,MediaRouter',
];

export interface LaunchOptions {
  headless?: boolean;
  lang?: 'ja' | 'en';
  extensions?: boolean;
  /** The colour scheme pages see (prefers-color-scheme); Firefox cannot emulate it over BiDi. */
  colorScheme?: 'light' | 'dark';
  /**
   * Chromium only: pages see navigator.webdriver false, as for a person at the keyboard, so the
   * extension behaves as it does for students (it then marks nothing on <html> for the tests).
   */
  asUser?: boolean;
}

export async function launch(name: BrowserName, options: LaunchOptions = {}): Promise<Browser> {
  const { headless = true, lang = 'en', extensions = true, colorScheme = 'light', asUser = false } = options;
  if (name === 'chromium') {
    return puppeteer.launch({
      browser: 'chrome',
      executablePath: browserPath('chromium'),
      headless,
      pipe: true,
      enableExtensions: extensions,
      args: [
        ...QUIET_CHROMIUM,
        `--lang=${lang}`,
        ...(colorScheme === 'dark' ? ['--force-dark-mode'] : []),
        ...(asUser ? ['--disable-blink-features=AutomationControlled'] : []),
      ],
      env: { ...process.env, LANGUAGE: lang, LANG: lang === 'ja' ? 'ja_JP.UTF-8' : 'en_US.UTF-8' },
    });
  }
  return puppeteer.launch({
    browser: 'firefox',
    executablePath: browserPath('firefox'),
    headless,
    extraPrefsFirefox: {
      'intl.locale.requested': lang === 'ja' ? 'ja' : 'en-US',
      // 0 = dark, 1 = light: what prefers-color-scheme reports to pages.
      'layout.css.prefers-color-scheme.content-override': colorScheme === 'dark' ? 0 : 1,
    },
  });
}
