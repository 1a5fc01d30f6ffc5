import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../config.js';

const complete = {
  TRYGGVE_BOLAGSVERKET_BASE_URL: 'https://gw.api.bolagsverket.se/vardefulla-datamangder/v1',
  TRYGGVE_BOLAGSVERKET_TOKEN_URL: 'https://portal.api.bolagsverket.se/oauth2/token',
  TRYGGVE_BOLAGSVERKET_CLIENT_ID: 'client',
  TRYGGVE_BOLAGSVERKET_CLIENT_SECRET: 'secret',
};

describe("Bolagsverket's settings", () => {
  it('leaves the API out when none is set', () => {
    expect(loadConfig({}).bolagsverket).toBeNull();
  });

  it('takes all four, with a 10-second timeout unless told otherwise', () => {
    expect(loadConfig(complete).bolagsverket).toEqual({
      baseUrl: complete.TRYGGVE_BOLAGSVERKET_BASE_URL,
      tokenUrl: complete.TRYGGVE_BOLAGSVERKET_TOKEN_URL,
      clientId: 'client',
      clientSecret: 'secret',
      timeoutMs: 10_000,
    });
    expect(
      loadConfig({ ...complete, TRYGGVE_BOLAGSVERKET_TIMEOUT_SECONDS: '3' }).bolagsverket
        ?.timeoutMs,
    ).toBe(3_000);
  });

  it('refuses to start with some set and lists each one missing', () => {
    const partial = {
      TRYGGVE_BOLAGSVERKET_BASE_URL: complete.TRYGGVE_BOLAGSVERKET_BASE_URL,
      TRYGGVE_BOLAGSVERKET_CLIENT_ID: 'client',
    };
    let error: unknown;
    try {
      loadConfig(partial);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^TRYGGVE_BOLAGSVERKET_TOKEN_URL is missing/);
    expect(problems[1]).toMatch(/^TRYGGVE_BOLAGSVERKET_CLIENT_SECRET is missing/);
  });

  it('refuses a base URL that is not http(s)', () => {
    expect(() => loadConfig({ ...complete, TRYGGVE_BOLAGSVERKET_BASE_URL: 'ftp://x' })).toThrow(
      /TRYGGVE_BOLAGSVERKET_BASE_URL/,
    );
  });
});
