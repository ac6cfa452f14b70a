import path from 'node:path';
import type { MistakeKind } from '../core/demo';
import { translate, type Locale, type MessageCode, type MessageParams } from '../core/i18n';

export interface DemoFolders {
  previous: string;
  returns: string;
  checks: string;
  city: string;
  province: string;
  annex: string;
}

/** What the demo writes into its checks folder, by name. */
export const CHECK_FILES = { summary: '校验汇总.xlsx', json: '校验结果.json', log: '校验记录.txt', annotated: '*.批注.xlsx' } as const;

export interface DemoReadmeInput {
  locale: Locale;
  out: string;
  dirs: DemoFolders;
  previousYear: number;
  reportingYear: number;
  planTitle: string;
  mistakes: Array<{ file: string; kinds: readonly MistakeKind[] }>;
  revision: { file: string; region: string; name: string; year: number; before: number; after: number } | null;
}

/** The demo folder's 清单.txt: what each folder and file shows, in the --lang of the run, from the locale tables. */
export function demoReadme(input: DemoReadmeInput): string {
  const t = (code: MessageCode, params: MessageParams = {}) => translate(input.locale, code, params);
  const folder = (dir: string, code: MessageCode, params: MessageParams = {}) => t('demo.readme.folder', { folder: path.relative(input.out, dir), what: t(code, params) });
  const years = { previous: String(input.previousYear), year: String(input.reportingYear), plan: input.planTitle };
  const lines = [
    t('demo.readme.title'),
    '',
    t('demo.readme.intro', years),
    '',
    folder(input.dirs.previous, 'demo.readme.previous', years),
    folder(input.dirs.returns, 'demo.readme.returns', years),
    folder(input.dirs.checks, 'demo.readme.checks', { ...years, ...CHECK_FILES }),
    folder(input.dirs.city, 'demo.readme.city', years),
    folder(input.dirs.province, 'demo.readme.province', years),
    folder(input.dirs.annex, 'demo.readme.annex', years),
    '',
    t('demo.readme.mistakes_title'),
    ...input.mistakes.map(({ file, kinds }) => t('demo.readme.mistake_line', { file, mistakes: kinds.map((kind) => t(`demo.mistake.${kind}`)).join(t('demo.step.mistakes_separator')) })),
    '',
    ...(input.revision === null ? [] : [t('demo.readme.revision', {
      file: input.revision.file, region: input.revision.region, name: input.revision.name, year: String(input.revision.year),
      before: String(input.revision.before), after: String(input.revision.after), previous: String(input.previousYear),
    })]),
    t('demo.readme.fictional'),
  ];
  return `${lines.join('\n')}\n`;
}
