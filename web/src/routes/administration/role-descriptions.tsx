import { List, Paper, Stack, Text, Title } from '@mantine/core';
import { permissions, permissionsOf, type Permission } from '../../api/permissions';
import { roles, type Role } from '../../api/types';
import { capitalize } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useAccessT } from '../../i18n/access/use-access-t';

/** What every role may do, and what each role may do besides: from the server's own table. */
export function roleDescriptions(): {
  everyone: Permission[];
  byRole: Record<Role, Permission[]>;
} {
  const everyone = permissions.filter((permission) =>
    roles.every((role) => permissionsOf([role]).includes(permission)),
  );
  const byRole = Object.fromEntries(
    roles.map((role) => [
      role,
      permissionsOf([role]).filter((permission) => !everyone.includes(permission)),
    ]),
  ) as Record<Role, Permission[]>;
  return { everyone, byRole };
}

/**
 * Beside the role boxes of the invite and edit forms: one disclosure per role telling what it
 * may see and do, so an admin chooses knowingly.
 */
export function RoleDescriptions() {
  const { t, locale } = useI18n();
  const x = useAccessT();
  const { everyone, byRole } = roleDescriptions();
  return (
    <Paper withBorder p="sm" radius="md" component="section" aria-labelledby="role-descriptions">
      <Title order={3} size="h5" id="role-descriptions">
        {x.roles.heading}
      </Title>
      <Text size="sm" mb="xs">
        {x.roles.intro}
      </Text>
      <Stack gap={4}>
        {roles.map((role) => (
          <details key={role} className="role-description" data-role={role}>
            <summary>
              <Text span fw={600} size="sm">
                {capitalize(t.roles[role], locale)}
              </Text>
            </summary>
            <Text size="sm" mt={4}>
              {x.roles.for[role]} {x.roles.canAlso}:
            </Text>
            <List size="sm" withPadding>
              {byRole[role].map((permission) => (
                <List.Item key={permission}>{x.permissions[permission]}</List.Item>
              ))}
            </List>
          </details>
        ))}
        <details className="role-description" data-role="everyone">
          <summary>
            <Text span fw={600} size="sm">
              {x.roles.everyone}
            </Text>
          </summary>
          <List size="sm" withPadding mt={4}>
            {everyone.map((permission) => (
              <List.Item key={permission}>{x.permissions[permission]}</List.Item>
            ))}
          </List>
        </details>
      </Stack>
    </Paper>
  );
}
