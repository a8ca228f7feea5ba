/**
 * What the page's one MutationObserver watches (observer.ts). On its own module so that `npm run
 * bench` can measure an observer with these options and nothing in its callback: the cost of
 * watching at all, the floor under the content script's overhead.
 */
export const PAGE_OBSERVER_OPTIONS: MutationObserverInit = {
  childList: true,
  subtree: true,
  characterData: true,
  // aria-checked: an ARIA switch or checkbox in Settings was flipped. data-oumail-help: an element
  // of the page's was made to look like one of our hosts (see addsStrangers).
  attributes: true,
  attributeFilter: ['aria-checked', 'data-oumail-help'],
};
