import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ESLint } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The layer rules of eslint.config.js, run through ESLint's own API on small files placed
 * (in memory) where a forbidden arrow would start: each must fail `npm run check`.
 */
const root = join(import.meta.dirname, '..', '..');
let eslint: ESLint;

async function problems(path: string, code: string): Promise<{ rule: string; message: string }[]> {
  const [result] = await eslint.lintText(code, { filePath: join(root, path) });
  return (result?.messages ?? []).map((message) => ({
    rule: message.ruleId ?? '',
    message: message.message,
  }));
}

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

describe('the layer rules', () => {
  const arrows = [
    {
      arrow: 'the domain imports a renderer from src/reports',
      path: 'src/domain/meetings/fixture.ts',
      code: "import { renderMeetingMinutesDocx } from '../../reports/meeting-minutes/meeting-minutes-docx.js';\nexport const render = renderMeetingMinutesDocx;\n",
    },
    {
      arrow: 'analysis imports the domain',
      path: 'src/analysis/fixture.ts',
      code: "import { notFound } from '../domain/errors.js';\nexport const missing = notFound;\n",
    },
    {
      arrow: 'an integration opens storage',
      path: 'src/integrations/bolagsverket/fixture.ts',
      code: "import { createCompanyRegisterRepository } from '../../storage/company-register-repository.js';\nexport const open = createCompanyRegisterRepository;\n",
    },
    {
      arrow: 'a route calls an integration',
      path: 'src/http/imports/fixture.ts',
      code: "import { readCsvFile } from '../../integrations/csv/read-csv-file.js';\nexport const read = readCsvFile;\n",
    },
    {
      arrow: 'the shared clock imports the domain',
      path: 'src/shared/time/fixture.ts',
      code: "import { notFound } from '../../domain/errors.js';\nexport const missing = notFound;\n",
    },
  ];

  for (const { arrow, path, code } of arrows) {
    it(`fails when ${arrow}`, async () => {
      expect(await problems(path, code)).toContainEqual(
        expect.objectContaining({ rule: 'no-restricted-imports' }),
      );
    });
  }

  it('lets the domain use analysis and the shared clock', async () => {
    const code =
      "import { parsePeriod } from '../../analysis/periods.js';\nimport { stockholmToday } from '../../shared/time/stockholm-time.js';\nexport const both = [parsePeriod, stockholmToday];\n";
    expect(await problems('src/domain/situation/fixture.ts', code)).toEqual([]);
  });

  it('fails on the import loop deps.ts → get-situation-picture → record-audit → deps.ts', async () => {
    const deps = readFileSync(join(root, 'src/domain/deps.ts'), 'utf8');
    const looped = `import type { getSituationPicture } from './situation/get-situation-picture.js';\n${deps}\nexport type Loop = typeof getSituationPicture;\n`;
    const found = await problems('src/domain/deps.ts', looped);
    expect(found).toContainEqual({
      rule: 'tryggve/no-import-cycle',
      message: expect.stringContaining(
        'src/domain/deps.ts → src/domain/situation/get-situation-picture.ts',
      ),
    });
    expect(await problems('src/domain/deps.ts', deps)).toEqual([]);
  });
});
