import type { ImportProblem } from './import-problem.js';

/**
 * A CSV file that cannot be imported as a whole; `problem` says why. The domain's, so that the
 * reader (src/integrations/csv), the worker pool (src/jobs) and the routes (src/http) share it.
 */
export class CsvFormatError extends Error {
  override name = 'CsvFormatError';
  constructor(readonly problem: ImportProblem) {
    super(problem.message);
  }
}
