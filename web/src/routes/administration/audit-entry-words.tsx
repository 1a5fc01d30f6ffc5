import { List, Text } from '@mantine/core';
import type { Messages } from '../../i18n/sv';
import type { AccessMessages } from '../../i18n/access/sv';
import { formatList } from '../../i18n/format';
import type { Locale, Role } from '../../api/types';
import { roles } from '../../api/types';
import { permissions, type Permission } from '../../api/permissions';

/** The names an audit entry's ids stand for: users and organisations of the municipality. */
export interface AuditNames {
  users: ReadonlyMap<string, string>;
  organisations: ReadonlyMap<string, string>;
}

interface Words {
  t: Messages;
  x: AccessMessages;
  locale: Locale;
  names: AuditNames;
}

/** An event kind in words: the main catalog's, else the roles-and-administration catalog's. */
export function auditActionLabel({ t, x }: Pick<Words, 't' | 'x'>, action: string): string {
  return (t.audit.actions as Record<string, string>)[action] ?? x.auditActions[action] ?? action;
}

/** What an entry is about: "användare Ada Admin", or "borttagen användare" once it is gone. */
export function auditEntityText(
  { x, names }: Pick<Words, 'x' | 'names'>,
  entityType: string,
  entityId: string | null,
): string {
  const type = x.entityTypes[entityType] ?? entityType;
  if (entityId === null) return type;
  if (entityType === 'user') return names.users.get(entityId) ?? x.audit.deletedUser;
  if (entityType === 'organisation') return names.organisations.get(entityId) ?? type;
  return type;
}

const isRole = (value: unknown): value is Role =>
  typeof value === 'string' && (roles as readonly string[]).includes(value);
const isPermission = (value: unknown): value is Permission =>
  typeof value === 'string' && (permissions as readonly string[]).includes(value);

function valueText({ t, x, locale, names }: Words, key: string, value: unknown): string {
  if (typeof value === 'boolean') return value ? x.audit.yes : x.audit.no;
  if (Array.isArray(value) && value.every(isRole))
    return formatList(
      value.map((role) => t.roles[role]),
      locale,
    );
  if (typeof value === 'string' && /organisationId$/i.test(key))
    return names.organisations.get(value) ?? value;
  if (typeof value === 'string' && /userId$/i.test(key))
    return names.users.get(value) ?? x.audit.deletedUser;
  if (key === 'permission' && isPermission(value)) return x.permissions[value];
  if (typeof value === 'string' || typeof value === 'number') return String(value);
  if (Array.isArray(value)) return formatList(value.map(String), locale);
  return JSON.stringify(value);
}

/** An entry's details as labelled lines ("Roller: samverkanspartner"), not raw JSON. */
export function AuditDetails({ details, words }: { details: unknown; words: Words }) {
  if (details === null || typeof details !== 'object') return null;
  const entries = Object.entries(details);
  if (entries.length === 0) return null;
  return (
    <List size="xs" listStyleType="none" className="audit-details">
      {entries.map(([key, value]) => (
        <List.Item key={key}>
          <Text span size="xs" fw={600}>
            {words.x.audit.detailKeys[key] ?? key}:
          </Text>{' '}
          {valueText(words, key, value)}
        </List.Item>
      ))}
    </List>
  );
}
