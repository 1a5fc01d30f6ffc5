import { describe, expect, it } from 'vitest';
import { permissions } from '../../api/permissions';
import { roles } from '../../api/types';
import { en } from '../en';
import { sv } from '../sv';
import { accessEn } from './en';
import { accessSv } from './sv';

function keysOf(value: unknown, path = ''): string[] {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return [path];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, `${path}.${key}`));
}

/** The server's source, read as text: the actions it records are written there. */
const serverSource = import.meta.glob<string>(['../../../../src/**/*.ts', '!**/*.test.ts'], {
  query: '?raw',
  import: 'default',
  eager: true,
});

/**
 * Every audit action the server can record: `action: '…'` in recordAudit and auditRead, the
 * action named by authorize(…) and requires(…), and template actions (`plan.${kind}.delete`)
 * as patterns.
 */
function serverAuditActions(): { exact: Set<string>; patterns: RegExp[] } {
  const exact = new Set<string>();
  const patterns: RegExp[] = [];
  const literal = /^[a-z_]+(\.[a-z_]+)+$/;
  const add = (text: string) => {
    if (literal.test(text)) exact.add(text);
    else if (text.includes('${')) {
      const parts = text.split(/\$\{[^}]*\}/).map((part) => part.replaceAll('.', '\\.'));
      patterns.push(new RegExp(`^${parts.join('[a-z_]+')}$`));
    }
  };
  for (const code of Object.values(serverSource)) {
    for (const match of code.matchAll(/\baction: (?:'([^']+)'|`([^`]+)`)/g))
      add(match[1] ?? match[2] ?? '');
    for (const match of code.matchAll(/\b(?:authorize|requires)\(([^()]*)\)/g)) {
      const strings = [...(match[1] ?? '').matchAll(/'([^']+)'|`([^`]+)`/g)].map(
        (found) => found[1] ?? found[2] ?? '',
      );
      // The first string names the permission; the others, the action (or its alternatives).
      for (const text of strings.slice(1)) add(text);
    }
  }
  return { exact, patterns };
}

describe('the roles-and-administration catalogs', () => {
  it('have the same keys in both languages', () => {
    expect(keysOf(accessEn)).toEqual(keysOf(accessSv));
  });

  it('word every permission of the server’s table and every role, in both languages', () => {
    for (const catalog of [accessSv, accessEn]) {
      for (const permission of permissions) expect(catalog.permissions[permission]).toBeTruthy();
      for (const role of roles) expect(catalog.roles.for[role]).toBeTruthy();
    }
  });

  it('label every kind of audit event the server records, in Swedish and English', () => {
    const { exact, patterns } = serverAuditActions();
    // The scan finds the server's actions: a broken scan must not pass by finding none.
    expect(exact.size).toBeGreaterThan(120);
    expect(exact).toContain('supplier.decide');
    expect(exact).toContain('follow_up.round_create');
    for (const [main, access] of [
      [sv.audit.actions, accessSv.auditActions],
      [en.audit.actions, accessEn.auditActions],
    ] as const) {
      const labelled = new Set([...Object.keys(main), ...Object.keys(access)]);
      expect([...exact].filter((action) => !labelled.has(action))).toEqual([]);
      for (const pattern of patterns)
        expect(
          [...labelled].some((action) => pattern.test(action)),
          String(pattern),
        ).toBe(true);
    }
  });
});
