// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { createHost } from '../../src/content/host';
import { noChanges, type PageChanges } from '../../src/content/site';
import { FIXTURES } from '../fixtures/index';

vi.mock('../../src/browser', () => ({ default: { i18n: { getUILanguage: () => 'en-US' } } }));
const { SITES } = await import('../../src/content/registry');

/**
 * What each site makes of a batch of changes, on every fixture: a look-alike of our hosts that the
 * page adds (alone or inside an element of its own) is always noticed, so that the regions are
 * searched for it; ordinary changes and our own hosts never make the runner search.
 */
function changesAfter(fixtureIndex: number, change: (doc: Document) => void): PageChanges {
  const fixture = FIXTURES[fixtureIndex];
  const parsed = new DOMParser().parseFromString(fixture.html, 'text/html');
  document.replaceChildren(document.importNode(parsed.documentElement, true));
  const observer = new MutationObserver(() => {});
  const site = SITES[fixture.site];
  observer.observe(document.documentElement, site.observe);
  change(document);
  const records = observer.takeRecords();
  observer.disconnect();
  expect(records.length).toBeGreaterThan(0);
  const changes = noChanges();
  site.classify(records, changes, new URL(fixture.url).pathname);
  return changes;
}

/** Where a page would put something: the reading pane or the list if it has them, else the body. */
function somewhere(doc: Document): Element {
  return doc.querySelector('[role="document"]') ?? doc.querySelector('[role="option"]') ?? doc.body;
}

function lookAlike(doc: Document, id: string): Element {
  const fake = doc.createElement('div');
  fake.setAttribute('data-oumail-help', id);
  fake.textContent = 'Your password has expired: sign in here';
  return fake;
}

describe('look-alike hosts in a batch of changes', () => {
  FIXTURES.forEach((fixture, i) => {
    describe(fixture.file, () => {
      it('are noticed when the page adds one', () => {
        expect(changesAfter(i, (doc) => somewhere(doc).append(lookAlike(doc, 'bounce-open'))).strangers).toBe(true);
      });

      it('are noticed inside an element of the page’s own', () => {
        const changes = changesAfter(i, (doc) => {
          const wrapper = doc.createElement('div');
          wrapper.append(doc.createElement('span'), lookAlike(doc, 'bounce-row'));
          somewhere(doc).before(wrapper);
        });
        expect(changes.strangers).toBe(true);
      });

      it('are noticed when the page gives one of its own elements our mark', () => {
        // (An element already on the page: no record of it being added.)
        const changes = changesAfter(i, (doc) => {
          const theirs = somewhere(doc).firstElementChild ?? somewhere(doc);
          theirs.setAttribute('data-oumail-help', 'bounce-open');
        });
        expect(changes.strangers).toBe(true);
      });

      it('are not looked for after ordinary changes', () => {
        const changes = changesAfter(i, (doc) => {
          const where = somewhere(doc);
          where.append(doc.createElement('div'));
          where.append(where.ownerDocument.createTextNode('new text'));
          where.firstElementChild?.remove();
          where.setAttribute('aria-checked', 'true');
          where.setAttribute('class', 'changed');
        });
        expect(changes.strangers).toBe(false);
      });

      it('are not looked for when the batch only adds our own hosts', () => {
        const changes = changesAfter(i, (doc) => {
          somewhere(doc).append(createHost('bounce-open', 'block').element);
          somewhere(doc).append(createHost('bounce-row', 'inline').element);
        });
        expect(changes.strangers).toBe(false);
      });

      it('are not looked for when one of our hosts comes in the same change as the page’s elements', () => {
        // One record adding both, as a browser makes of append(a, b) (happy-dom makes two: built by hand).
        const changes = changesAfter(i, (doc) => somewhere(doc).append(doc.createElement('i')));
        const where = somewhere(document);
        const both = [document.createElement('div'), createHost('bounce-row', 'inline').element];
        where.append(...both);
        const record = { type: 'childList', target: where, addedNodes: both, removedNodes: [] } as unknown as MutationRecord;
        SITES[fixture.site].classify([record], changes, new URL(fixture.url).pathname);
        expect(changes.strangers).toBe(false);
      });
    });
  });
});
