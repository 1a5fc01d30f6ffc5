import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from './config.js';

describe('loadConfig', () => {
  it('starts on SQLite at port 3000 with the demo when nothing is set', () => {
    expect(loadConfig({})).toMatchObject({
      port: 3000,
      databaseUrl: 'sqlite:./data/tryggve.db',
      isDemoEnabled: true,
      publicUrl: 'http://localhost:3000',
      isSecureCookie: false,
      smtpUrl: null,
    });
  });

  it('takes an audit checkpoint key of 32 characters or more, and never repeats a short one', () => {
    expect(loadConfig({})).toMatchObject({
      auditCheckpointKey: null,
      auditCheckpointDirectory: null,
    });
    expect(
      loadConfig({
        TRYGGVE_AUDIT_CHECKPOINT_KEY: 'k'.repeat(32),
        TRYGGVE_AUDIT_CHECKPOINT_DIR: '/srv/anchor',
      }),
    ).toMatchObject({
      auditCheckpointKey: 'k'.repeat(32),
      auditCheckpointDirectory: '/srv/anchor',
    });
    expect(() => loadConfig({ TRYGGVE_AUDIT_CHECKPOINT_KEY: 'hemligt' })).toThrow(
      /TRYGGVE_AUDIT_CHECKPOINT_KEY=\(hidden\): expected a secret of at least 32 characters/,
    );
    expect(() => loadConfig({ TRYGGVE_AUDIT_CHECKPOINT_KEY: 'hemligt' })).not.toThrow(/hemligt/);
  });

  it('uses secure cookies when the public address is https', () => {
    expect(loadConfig({ TRYGGVE_PUBLIC_URL: 'https://tryggve.huddinge.se/' })).toMatchObject({
      publicUrl: 'https://tryggve.huddinge.se',
      isSecureCookie: true,
    });
  });

  it('lists every invalid setting with what would be valid', () => {
    let error: unknown;
    try {
      loadConfig({
        TRYGGVE_PORT: '99999',
        TRYGGVE_DEMO: 'kanske',
        TRYGGVE_DATABASE_URL: 'mysql://db',
        TRYGGVE_SMTP_URL: 'mail.local',
      });
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(4);
    expect(problems.join('\n')).toMatch(/TRYGGVE_PORT="99999": expected a port number, 1–65535/);
    expect(problems.join('\n')).toMatch(/TRYGGVE_DEMO="kanske": expected true or false/);
    expect(problems.join('\n')).toMatch(
      /TRYGGVE_DATABASE_URL="mysql:\/\/db": expected sqlite:<path> or postgres/,
    );
    expect(problems.join('\n')).toMatch(/TRYGGVE_SMTP_URL="mail.local": expected smtp:\/\//);
  });

  it('takes a basemap as an XYZ tile template, and refuses one without {z}, {x} and {y}', () => {
    expect(loadConfig({}).basemap).toBeNull();
    expect(
      loadConfig({
        TRYGGVE_BASEMAP_TILES: 'https://kartor.huddinge.se/topo/{z}/{x}/{y}.png',
        TRYGGVE_BASEMAP_ATTRIBUTION: '© Lantmäteriet',
      }).basemap,
    ).toEqual({
      tiles: 'https://kartor.huddinge.se/topo/{z}/{x}/{y}.png',
      attribution: '© Lantmäteriet',
    });
    expect(() =>
      loadConfig({ TRYGGVE_BASEMAP_TILES: 'https://kartor.huddinge.se/topo.png' }),
    ).toThrow(/TRYGGVE_BASEMAP_TILES=.*expected a tile URL template with \{z\}, \{x\} and \{y\}/);
    expect(() => loadConfig({ TRYGGVE_BASEMAP_TILES: 'ftp://x/{z}/{x}/{y}' })).toThrow(
      /expected an http\(s\) URL/,
    );
  });

  it('takes the diarienummer pattern and the expiring window for plans, and refuses a broken pattern', () => {
    expect(loadConfig({}).planSettings.expiringDays).toBe(90);
    expect(
      loadConfig({ TRYGGVE_CASE_NUMBER_PATTERN: 'HK\\d{4}-\\d+', TRYGGVE_PLAN_EXPIRING_DAYS: '60' })
        .planSettings,
    ).toEqual({ caseNumberPattern: 'HK\\d{4}-\\d+', expiringDays: 60 });
    expect(() => loadConfig({ TRYGGVE_CASE_NUMBER_PATTERN: 'KS-(' })).toThrow(
      /TRYGGVE_CASE_NUMBER_PATTERN="KS-\(": expected a regular expression/,
    );
  });

  it('reminds follow-up owners 14 days ahead unless told otherwise, and refuses a non-number', () => {
    expect(loadConfig({}).followUpReminderDays).toBe(14);
    expect(loadConfig({ TRYGGVE_FOLLOW_UP_REMINDER_DAYS: '7' }).followUpReminderDays).toBe(7);
    expect(() => loadConfig({ TRYGGVE_FOLLOW_UP_REMINDER_DAYS: 'två veckor' })).toThrow(
      /TRYGGVE_FOLLOW_UP_REMINDER_DAYS="två veckor": expected a whole number above 0/,
    );
  });

  it('keeps free text 36 months unless told otherwise; 0 keeps it for ever', () => {
    expect(loadConfig({}).retention).toEqual({
      incidentTextMonths: 36,
      signalTextMonths: 36,
      caseRecordsMonths: 60,
    });
    expect(
      loadConfig({
        TRYGGVE_RETENTION_INCIDENT_TEXT_MONTHS: '0',
        TRYGGVE_RETENTION_SIGNAL_TEXT_MONTHS: '24',
      }).retention,
    ).toEqual({ incidentTextMonths: 0, signalTextMonths: 24, caseRecordsMonths: 60 });
    expect(() => loadConfig({ TRYGGVE_RETENTION_SIGNAL_TEXT_MONTHS: '-1' })).toThrow(
      /TRYGGVE_RETENTION_SIGNAL_TEXT_MONTHS="-1": expected a whole number of months, 0 to keep for ever/,
    );
  });

  it('reads the case keys, newest first, and refuses one without the other or a short key without repeating it', () => {
    const key = Buffer.alloc(32, 1).toString('base64');
    const config = loadConfig({
      TRYGGVE_CASE_KEYS: `k2:${key},k1:${Buffer.alloc(32, 2).toString('base64')}`,
      TRYGGVE_CASE_SEARCH_KEY: key,
    });
    expect(config.caseKeys?.sealing.map((entry) => entry.id)).toEqual(['k2', 'k1']);
    expect(loadConfig({}).caseKeys).toBeNull();
    expect(() => loadConfig({ TRYGGVE_CASE_KEYS: `k1:${key}` })).toThrow(/go together/);
    let message = '';
    try {
      loadConfig({ TRYGGVE_CASE_KEYS: 'k1:c2VjcmV0', TRYGGVE_CASE_SEARCH_KEY: key });
    } catch (error) {
      message = String((error as Error & { problems?: string[] }).problems ?? error);
    }
    expect(message).toMatch(/32 bytes/);
    expect(message).not.toContain('c2VjcmV0');
  });

  it('treats an empty variable as unset', () => {
    expect(loadConfig({ TRYGGVE_PORT: '' }).port).toBe(3000);
  });

  it('trusts no proxy unless given their addresses and networks', () => {
    expect(loadConfig({}).trustProxy).toBe(false);
    expect(loadConfig({ TRYGGVE_TRUST_PROXY: 'false' }).trustProxy).toBe(false);
    expect(
      loadConfig({ TRYGGVE_TRUST_PROXY: '10.0.0.5, 10.0.1.0/24,loopback,2001:db8::/48' })
        .trustProxy,
    ).toEqual(['10.0.0.5', '10.0.1.0/24', 'loopback', '2001:db8::/48']);
  });

  it('refuses to believe every X-Forwarded-For, and names what it would accept instead', () => {
    for (const value of ['true', '1', '10.0.0.0/33', 'proxy.kommun.se', '10.0.0.5,']) {
      expect(() => loadConfig({ TRYGGVE_TRUST_PROXY: value })).toThrow(
        /TRYGGVE_TRUST_PROXY=".*": expected false, or the addresses and networks of the proxies/,
      );
    }
  });
});

describe('the installation admins', () => {
  it('reads TRYGGVE_INSTALLATION_ADMINS as a list of e-mail addresses, and nobody when unset', () => {
    expect(loadConfig({}).installationAdminEmails).toEqual([]);
    expect(
      loadConfig({ TRYGGVE_INSTALLATION_ADMINS: ' drift@example.se, it@kommun.se ' })
        .installationAdminEmails,
    ).toEqual(['drift@example.se', 'it@kommun.se']);
  });

  it('refuses a list with something that is not an e-mail address', () => {
    expect(() => loadConfig({ TRYGGVE_INSTALLATION_ADMINS: 'drift@example.se, drift' })).toThrow(
      /TRYGGVE_INSTALLATION_ADMINS/,
    );
  });
});
