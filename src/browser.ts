/**
 * The only import of webextension-polyfill: one `browser` for Chrome and Firefox. Unit tests mock
 * this module, and the polyfill can be dropped here one day without touching anything else.
 */
import browser from 'webextension-polyfill';

export default browser;
