import { describe, expect, it } from 'vitest';
import { urlOf } from './client';
import { everyValueOf, type BodyOf, type ResponseOf } from './contract';
import type { JointActionStatus } from './meetings';

/**
 * The web typecheck (`tsc -p web/tsconfig.json`, part of `npm run check`) is what these lines
 * test: each `@ts-expect-error` fails the check when the line below it stops being an error,
 * that is when the types stopped following the generated API document.
 */
describe('the typed API contract', () => {
  it('takes a list that has every value of an API union, and no other', () => {
    const all = ['a', 'b'] as const;
    expect(everyValueOf<'a' | 'b'>()(all)).toBe(all);
    // @ts-expect-error 'c' is not a value of the union
    everyValueOf<'a' | 'b'>()(['a', 'b', 'c']);
    // @ts-expect-error 'b' is missing
    everyValueOf<'a' | 'b'>()(['a']);
  });

  it('names answers and bodies by the operations of the document', () => {
    const status: JointActionStatus = 'planned';
    // @ts-expect-error a joint action has no such status
    const unknown: JointActionStatus = 'forgotten';
    const meeting = {} as ResponseOf<'/api/meetings/{id}'>;
    // @ts-expect-error the API's meeting has no such field
    void meeting.minutesText;
    const body: Partial<BodyOf<'/api/meetings', 'post'>> = { title: 'OSG' };
    expect([status, unknown, body.title]).toEqual(['planned', 'forgotten', 'OSG']);
  });

  it('builds URLs only from the paths of the document', () => {
    expect(urlOf('/api/meetings/{id}/close', { path: { id: 'm1' } })).toBe(
      '/api/meetings/m1/close',
    );
    // @ts-expect-error the API has no such path
    expect(() => urlOf('/api/meeting/{id}', { path: { id: 'm1' } })).not.toThrow();
  });
});
