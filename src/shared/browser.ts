// The one import of webextension-polyfill in the project (enforced by the linter): every other
// module reaches browser APIs through this file, so Node tests can run everything else.
import browser from 'webextension-polyfill';

export default browser;
export type { Runtime, Tabs, Storage } from 'webextension-polyfill';
