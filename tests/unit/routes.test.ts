import { describe, expect, it } from 'vitest';
import { forwardingSettingsUrl, isDeeplinkRead, isMailRoute, isOutlookHost, mailBase, optionsPage } from '../../src/outlook/routes';

describe('Outlook routes', () => {
  it.each([
    ['outlook.office.com', true],
    ['outlook.cloud.microsoft', true],
    ['outlook.office365.com', true],
    ['outlook.live.com', true],
    ['outlook.office.com.evil.example', false],
    ['example.com', false],
  ])('host %s is Outlook: %s', (host, expected) => expect(isOutlookHost(host)).toBe(expected));

  it.each([
    ['/mail/', '/mail'],
    ['/mail/inbox/id/AAQk%2Fx', '/mail'],
    ['/mail/0/inbox', '/mail/0'],
    ['/mail/info%40example.ac.jp/inbox', '/mail/info%40example.ac.jp'],
    ['/mail/taro@example.ac.jp/options/mail/forwarding', '/mail/taro@example.ac.jp'],
    ['/calendar/view/month', '/mail'],
  ])('the mail base of %s is %s', (path, base) => expect(mailBase(path)).toBe(base));

  it('builds the forwarding settings address on the same host and account', () => {
    expect(forwardingSettingsUrl({ origin: 'https://outlook.office.com', pathname: '/mail/inbox' })).toBe(
      'https://outlook.office.com/mail/options/mail/forwarding',
    );
    expect(forwardingSettingsUrl({ origin: 'https://outlook.live.com', pathname: '/mail/0/inbox/id/x' })).toBe(
      'https://outlook.live.com/mail/0/options/mail/forwarding',
    );
  });

  it.each([
    ['/mail/options/mail/forwarding', 'forwarding'],
    ['/mail/0/options/mail/forwarding', 'forwarding'],
    ['/mail/options/mail/rules', 'rules'],
    ['/mail/inbox', null],
    ['/mail/inbox/id/options/mail/forwarding', null],
  ])('options page of %s is %s', (path, page) => expect(optionsPage(path)).toBe(page));

  it.each([
    ['/mail/deeplink/read/AAMk%3D', true],
    ['/mail/0/deeplink/read/AAMk', true],
    ['/mail/deeplink/compose', false],
    ['/mail/inbox/id/AAMk', false],
  ])('deeplink read %s: %s', (path, expected) => expect(isDeeplinkRead(path)).toBe(expected));

  it('knows the mail module', () => {
    expect(isMailRoute('/mail/inbox')).toBe(true);
    expect(isMailRoute('/mail')).toBe(true);
    expect(isMailRoute('/mailbox')).toBe(false);
    expect(isMailRoute('/calendar')).toBe(false);
  });
});
