import { afterEach, describe, expect, it, vi } from 'vitest';
import { extensionApi } from '../../src/shared/extension-api';

describe('extensionApi', () => {
  afterEach(() => vi.unstubAllGlobals());

  it('is Firefox\'s `browser` where there is one, else Chrome\'s `chrome`', () => {
    vi.stubGlobal('chrome', { name: 'chrome' });
    expect(extensionApi<{ name: string }>().name).toBe('chrome');
    vi.stubGlobal('browser', { name: 'browser' });
    expect(extensionApi<{ name: string }>().name).toBe('browser');
  });
});
