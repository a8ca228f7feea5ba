import { describe, expect, it, vi } from 'vitest';

vi.mock('../../src/browser', () => ({ default: {} }));
const { isEdge } = await import('../../src/popup/EdgeNote');

/** The popup tells Edge, where extensions cannot run on outlook.cloud.microsoft, from other browsers. */
const nav = (userAgent: string, brands?: string[]) =>
  ({ userAgent, userAgentData: brands && { brands: brands.map((brand) => ({ brand, version: '150' })) } }) as unknown as Navigator;

describe('isEdge', () => {
  it('knows Edge by its brand, and by its user agent where brands are missing', () => {
    expect(isEdge(nav('Mozilla/5.0 … Chrome/150.0 Safari/537.36 Edg/150.0', ['Chromium', 'Microsoft Edge', 'Not.A/Brand']))).toBe(true);
    expect(isEdge(nav('Mozilla/5.0 … Chrome/150.0 Safari/537.36 Edg/150.0'))).toBe(true);
  });

  it('is not Chrome, Chromium nor Firefox', () => {
    expect(isEdge(nav('Mozilla/5.0 … Chrome/150.0 Safari/537.36', ['Chromium', 'Google Chrome']))).toBe(false);
    expect(isEdge(nav('Mozilla/5.0 (X11; Linux x86_64; rv:153.0) Gecko/20100101 Firefox/153.0'))).toBe(false);
  });
});
