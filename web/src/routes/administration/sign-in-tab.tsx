import {
  Alert,
  Button,
  Checkbox,
  Group,
  List,
  NativeSelect,
  PasswordInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useOrganisations, useUsers } from '../../api/administration';
import type { BodyOf, ResponseOf } from '../../api/contract';
import { useConfigureProvider, useSignInSettings, useUpdateSignInPolicy } from '../../api/sign-in';
import { roles, type Role } from '../../api/types';
import { ErrorAlert } from '../../components/error-alert';
import { FullPageLoader } from '../../components/full-page-loader';
import { useI18n } from '../../i18n/i18n-context';
import { formatDateTime } from '../../i18n/format';

type SignInSettings = ResponseOf<'/api/municipality/sign-in'>;
type ProviderInput = BodyOf<'/api/municipality/sign-in/provider', 'put'>;
type Mapping = ProviderInput['claimMappings'][number];
const claimKinds = ['groups', 'roles', 'email_domain'] as const;

/** The municipality's identity provider and sign-in rules, for its admins (issue 17). */
export default function SignInTab() {
  const settings = useSignInSettings();
  if (!settings.data) return <FullPageLoader />;
  return <SignInForms loaded={settings.data} />;
}

/** The forms, started from the settings as loaded (they stay as the admin edits them). */
function SignInForms({ loaded }: { loaded: SignInSettings }) {
  const { t, locale } = useI18n();
  const organisations = useOrganisations();
  const admins = useUsers({ status: 'active' });
  const configure = useConfigureProvider();
  const updatePolicy = useUpdateSignInPolicy();
  const provider = loaded.provider;
  const [form, setForm] = useState({
    label: provider?.label ?? '',
    issuerUrl: provider?.issuerUrl ?? '',
    clientId: provider?.clientId ?? '',
    clientSecret: '',
    domains: provider?.allowedEmailDomains.join(', ') ?? '',
    rolesFollowClaims: provider?.rolesFollowClaims ?? true,
    supportContact: provider?.supportContact ?? '',
  });
  const [mapping, setMapping] = useState<Mapping>(
    provider?.claimMappings[0] ?? { claim: 'groups', value: '', organisationId: '', roles: [] },
  );
  const [policy, setPolicy] = useState({
    isPasswordSignInDisabled: loaded.policy.isPasswordSignInDisabled,
    breakGlassUserId: loaded.policy.breakGlassUserId ?? '',
    isSecondFactorRequired: loaded.policy.isSecondFactorRequired,
  });

  const organisationId = mapping.organisationId || organisations.data?.[0]?.id || '';
  const adminUsers = (admins.data ?? []).filter((user) => user.roles.includes('admin'));

  const saveProvider = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const rest = loaded.provider?.claimMappings.slice(1) ?? [];
    configure.mutate({
      label: form.label,
      issuerUrl: form.issuerUrl,
      clientId: form.clientId,
      ...(form.clientSecret === '' ? {} : { clientSecret: form.clientSecret }),
      allowedEmailDomains: form.domains
        .split(',')
        .map((domain) => domain.trim())
        .filter((domain) => domain !== ''),
      claimMappings: mapping.value.trim() === '' ? rest : [{ ...mapping, organisationId }, ...rest],
      rolesFollowClaims: form.rolesFollowClaims,
      supportContact: form.supportContact,
    });
  };
  const savePolicy = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    updatePolicy.mutate({ ...policy, breakGlassUserId: policy.breakGlassUserId || null });
  };
  const field = (name: keyof typeof form) => ({
    value: String(form[name]),
    onChange: (event: { currentTarget: { value: string } }) =>
      setForm({ ...form, [name]: event.currentTarget.value }),
  });

  return (
    <Stack gap="xl">
      <form onSubmit={saveProvider} noValidate aria-labelledby="provider-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="provider-heading">
            {t.signIn.providerHeading}
          </Title>
          <Text size="sm">{t.signIn.redirectUri(loaded.redirectUri)}</Text>
          {configure.isError && <ErrorAlert error={configure.error} />}
          {configure.isSuccess && (
            <Alert color="green" role="status">
              {t.signIn.saved}
            </Alert>
          )}
          <TextInput label={t.signIn.label} required {...field('label')} />
          <TextInput label={t.signIn.issuerUrl} required type="url" {...field('issuerUrl')} />
          <TextInput label={t.signIn.clientId} required {...field('clientId')} />
          <PasswordInput
            label={t.signIn.clientSecret}
            description={loaded.provider ? t.signIn.clientSecretKept : undefined}
            autoComplete="off"
            {...field('clientSecret')}
          />
          <TextInput label={t.signIn.domains} required {...field('domains')} />
          <Group grow align="flex-end" wrap="wrap">
            <NativeSelect
              label={t.signIn.mappingClaim}
              value={mapping.claim}
              data={claimKinds.map((kind) => ({ value: kind, label: t.signIn.claimKinds[kind] }))}
              onChange={(event) =>
                setMapping({ ...mapping, claim: event.currentTarget.value as Mapping['claim'] })
              }
            />
            <TextInput
              label={t.signIn.mappingValue}
              value={mapping.value}
              onChange={(event) => setMapping({ ...mapping, value: event.currentTarget.value })}
            />
          </Group>
          <NativeSelect
            label={t.signIn.mappingOrganisation}
            value={organisationId}
            data={(organisations.data ?? []).map((organisation) => ({
              value: organisation.id,
              label: organisation.name,
            }))}
            onChange={(event) =>
              setMapping({ ...mapping, organisationId: event.currentTarget.value })
            }
          />
          <Checkbox.Group
            label={t.signIn.mappingRoles}
            value={mapping.roles}
            onChange={(value) => setMapping({ ...mapping, roles: value as Role[] })}
          >
            <Group gap="sm" mt="xs">
              {roles.map((role) => (
                <Checkbox key={role} value={role} label={t.roles[role]} />
              ))}
            </Group>
          </Checkbox.Group>
          <Switch
            label={t.signIn.rolesFollowClaims}
            checked={form.rolesFollowClaims}
            onChange={(event) =>
              setForm({ ...form, rolesFollowClaims: event.currentTarget.checked })
            }
          />
          <TextInput label={t.signIn.supportContact} required {...field('supportContact')} />
          <Button type="submit" loading={configure.isPending}>
            {t.signIn.saveProvider}
          </Button>
        </Stack>
      </form>

      <form onSubmit={savePolicy} noValidate aria-labelledby="policy-heading">
        <Stack gap="sm">
          <Title order={2} size="h3" id="policy-heading">
            {t.signIn.policyHeading}
          </Title>
          {updatePolicy.isError && <ErrorAlert error={updatePolicy.error} />}
          {updatePolicy.isSuccess && (
            <Alert color="green" role="status">
              {t.signIn.saved}
            </Alert>
          )}
          <Switch
            label={t.signIn.passwordsOff}
            checked={policy.isPasswordSignInDisabled}
            onChange={(event) =>
              setPolicy({ ...policy, isPasswordSignInDisabled: event.currentTarget.checked })
            }
          />
          <NativeSelect
            label={t.signIn.breakGlass}
            value={policy.breakGlassUserId}
            data={[
              { value: '', label: t.signIn.noBreakGlass },
              ...adminUsers.map((user) => ({
                value: user.id,
                label: `${user.displayName} (${user.email})`,
              })),
            ]}
            onChange={(event) =>
              setPolicy({ ...policy, breakGlassUserId: event.currentTarget.value })
            }
          />
          <Switch
            label={t.signIn.secondFactorRequired}
            checked={policy.isSecondFactorRequired}
            onChange={(event) =>
              setPolicy({ ...policy, isSecondFactorRequired: event.currentTarget.checked })
            }
          />
          <Button type="submit" loading={updatePolicy.isPending}>
            {t.signIn.savePolicy}
          </Button>
        </Stack>
      </form>

      <Stack gap="xs">
        <Title order={2} size="h3">
          {t.signIn.breakGlassHeading}
        </Title>
        {loaded.breakGlassSignIns.length === 0 ? (
          <Text size="sm">{t.signIn.noBreakGlassSignIns}</Text>
        ) : (
          <List size="sm">
            {loaded.breakGlassSignIns.map((signIn) => (
              <List.Item key={signIn.at}>
                <time dateTime={signIn.at}>{formatDateTime(signIn.at, locale)}</time>
              </List.Item>
            ))}
          </List>
        )}
      </Stack>
    </Stack>
  );
}
