import { describe, expect, it } from 'vitest';
// The server's own source is the list of problems it can give (the type is not importable here).
import signalProblemSource from '../../../../../src/domain/signals/signal-problem.ts?raw';
import { ApiError } from '../../../api/client';
import { signalsEn } from '../../../i18n/situation/signals-en';
import { signalsSv } from '../../../i18n/situation/signals-sv';
import { errorsFromSignalProblems } from './signal-problems';

describe('errorsFromSignalProblems', () => {
  it('words each problem of a refused signal at its field', () => {
    const error = new ApiError(400, 'SIGNAL_INVALID', 'The signal needs correcting.', {
      problems: [
        { field: 'categoryCode', problem: 'category_retired' },
        { field: 'observedAt', problem: 'time_in_future' },
        { field: 'incidentIds', problem: 'something_new' },
      ],
    });
    expect(errorsFromSignalProblems(error, signalsSv)).toEqual({
      categoryCode: 'Kategorin används inte längre. Välj en annan.',
      observedAt: 'Tidpunkten ligger i framtiden.',
      incidentIds: 'Uppgiften godtogs inte.',
    });
  });

  it('leaves other errors to the general error message', () => {
    expect(errorsFromSignalProblems(new ApiError(403, 'FORBIDDEN', 'No.'), signalsEn)).toEqual({});
  });

  it('words every problem the server can give, in both languages', () => {
    // Read from the server's `SignalProblem` type, so a problem added there fails here until both
    // catalogs word it.
    const union = /export type SignalProblem =([^;]+);/.exec(signalProblemSource)?.[1] ?? '';
    const problems = [...union.matchAll(/'([a-z_]+)'/g)].map((match) => match[1]);
    expect(problems).toContain('time_in_future');
    for (const catalog of [signalsSv, signalsEn]) {
      expect(Object.keys(catalog.problems)).toEqual(expect.arrayContaining(problems));
    }
  });
});
