import { describe, expect, it } from 'vitest';
import { recordingLogger } from '../../test/support/recording-logger.js';
import { logFailure } from './failure-log.js';

describe('logging a swallowed failure', () => {
  it("keeps the code, the cause's class and machine code and the ids, never the message", () => {
    const logger = recordingLogger();
    const cause = Object.assign(new Error('550 anna.andersson@huddinge.se: mailbox unavailable'), {
      code: 'EENVELOPE',
      responseCode: 550,
    });
    logFailure(logger, 'FOLLOW_UP_MAIL_FAILED', cause, { noticeId: 'n-1' });
    expect(logger.lines).toEqual([
      {
        code: 'FOLLOW_UP_MAIL_FAILED',
        errorName: 'Error',
        errorCode: 'EENVELOPE',
        responseCode: 550,
        noticeId: 'n-1',
        message: 'a failure was recorded and not thrown',
      },
    ]);
    expect(logger.text()).not.toContain('anna');
  });

  it('drops a cause code or class that is not a plain machine word', () => {
    const logger = recordingLogger();
    const cause = { name: 'Error for anna@huddinge.se', code: 'anna@huddinge.se' };
    logFailure(logger, 'MEETING_MINUTES_MAIL_FAILED', cause);
    expect(logger.lines[0]).toMatchObject({ errorName: 'object', errorCode: null });
    expect(logger.text()).not.toContain('huddinge.se');
  });
});
