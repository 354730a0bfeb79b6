// The lint rule that keeps words out of JSX: it must catch each way a word can be written in,
// and let the translator's calls and symbols through.
import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

const eslint = new ESLint();
const FILE = 'src/ui/components/Example.tsx';

async function problems(jsx: string): Promise<string[]> {
  const code = `import { useI18n } from './i18n';\nexport function Example({ open, name }: { open: boolean; name: string }) {\n  const { t } = useI18n();\n  return ${jsx};\n}\n`;
  const [result] = await eslint.lintText(code, { filePath: FILE });
  return result!.messages.filter((m) => m.ruleId === 'no-restricted-syntax').map((m) => m.message);
}

describe('the no-words-in-JSX lint rule', () => {
  it.each([
    ['JSX text', '<p>Loading…</p>'],
    ['an aria-label', '<button aria-label="Close reading view">×</button>'],
    ['a title', '<button title={"Close"}>×</button>'],
    ['a placeholder', '<input placeholder="example.com" />'],
    ['a template in an attribute', '<button aria-label={`${name}, 3 mentions`}>×</button>'],
    ['a string child', '<p>{"Names"}</p>'],
    ['a choice between strings', '<p>{open ? t("popup_close") : "Open"}</p>'],
    ['a template child', '<p>{`${name} min read`}</p>'],
  ])('fails on %s', async (_, jsx) => {
    expect(await problems(jsx)).toHaveLength(1);
  });

  it('passes the translator, symbols, names and class strings', async () => {
    expect(await problems(`<nav aria-label={t('reader_toolbar')} class="reader-toolbar">
      <button type="button" title={t('reader_closeTitle')} aria-label={t('reader_close')}>×</button>
      <span aria-hidden="true">●</span> {name} {open ? t('popup_close') : t('popup_open')}
    </nav>`)).toEqual([]);
  });
});
