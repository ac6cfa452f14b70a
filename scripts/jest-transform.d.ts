/** scripts/jest-transform.js: ts-jest, its results shared by jest's projects (decision 0269). */
export interface SharedTransformer {
  process(sourceText: string, sourcePath: string, transformOptions: unknown): { code: string };
}

export function createTransformer(options?: Record<string, unknown>): SharedTransformer;
