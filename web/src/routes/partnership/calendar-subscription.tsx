import {
  Alert,
  Button,
  CopyButton,
  Group,
  List,
  Paper,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { IconCalendarEvent, IconCheck, IconCopy } from '@tabler/icons-react';
import { useId } from 'react';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from '../../api/meetings';
import { ConfirmButton } from '../../components/confirm-button';
import { ErrorAlert } from '../../components/error-alert';
import { InlineLoader } from '../../components/full-page-loader';
import { formatDateTime } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useMeetingsT } from '../../i18n/meetings/use-meetings-t';

/** The new address, shown once, with a copy button and how to add it to Outlook. */
function NewAddress({ url }: { url: string }) {
  const m = useMeetingsT();
  const { t } = useI18n();
  const inputId = useId();
  return (
    <Alert
      color="blue"
      variant="light"
      role="status"
      title={m.calendar.newAddress}
      data-testid="calendar-url"
    >
      <Stack gap="xs">
        <Text size="sm">{m.calendar.shownOnce}</Text>
        <Group align="flex-end" gap="xs" wrap="nowrap">
          <TextInput
            id={inputId}
            label={m.calendar.urlLabel}
            value={url}
            readOnly
            flex={1}
            miw={0}
            onFocus={(event) => event.currentTarget.select()}
          />
          <CopyButton value={url}>
            {({ copied, copy }) => (
              <Button
                variant={copied ? 'filled' : 'default'}
                color={copied ? 'teal.9' : undefined}
                leftSection={
                  copied ? (
                    <IconCheck size={16} aria-hidden="true" />
                  ) : (
                    <IconCopy size={16} aria-hidden="true" />
                  )
                }
                onClick={copy}
                aria-live="polite"
              >
                {copied ? t.common.copied : t.common.copy}
              </Button>
            )}
          </CopyButton>
        </Group>
        <Title order={3} size="h5">
          {m.calendar.outlookHeading}
        </Title>
        <List type="ordered" size="sm" spacing={2}>
          {m.calendar.outlookSteps.map((step) => (
            <List.Item key={step}>{step}</List.Item>
          ))}
        </List>
        <Text size="sm">{m.calendar.outlookNote}</Text>
      </Stack>
    </Alert>
  );
}

/**
 * On the account page: the user's secret iCalendar feed of meetings and action deadlines.
 * Create it, make a new one (the old stops working) or revoke it; the address shows only once.
 */
export function CalendarSubscription() {
  const m = useMeetingsT();
  const { locale } = useI18n();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const isActive = feed.data?.isActive === true;
  const createdUrl = create.isSuccess && !revoke.isSuccess ? create.data.url : null;
  const start = () => {
    revoke.reset();
    create.mutate();
  };

  return (
    <Paper
      withBorder
      p="lg"
      radius="md"
      component="section"
      aria-labelledby="account-calendar"
      data-testid="calendar-subscription"
    >
      <Group gap="xs" mb="xs" wrap="nowrap">
        <IconCalendarEvent size={22} aria-hidden="true" />
        <Title order={2} size="h3" id="account-calendar">
          {m.calendar.heading}
        </Title>
      </Group>
      <Stack gap="sm">
        <Text size="sm">{m.calendar.intro}</Text>
        {feed.isPending && <InlineLoader />}
        {feed.isError && <ErrorAlert error={feed.error} />}
        {feed.isSuccess && (
          <Text size="sm" fw={600} data-testid="calendar-state">
            {isActive && feed.data.createdAt !== null
              ? m.calendar.active(formatDateTime(feed.data.createdAt, locale))
              : revoke.isSuccess
                ? m.calendar.revoked
                : m.calendar.inactive}
          </Text>
        )}
        {createdUrl !== null && <NewAddress url={createdUrl} />}
        {(create.isError || revoke.isError) && <ErrorAlert error={create.error ?? revoke.error} />}
        {feed.isSuccess && (
          <Group gap="sm">
            {isActive ? (
              <>
                <ConfirmButton
                  variant="default"
                  question={m.calendar.rotateQuestion}
                  onConfirm={start}
                  isPending={create.isPending}
                >
                  {m.calendar.rotate}
                </ConfirmButton>
                <ConfirmButton
                  variant="default"
                  question={m.calendar.revokeQuestion}
                  onConfirm={() => revoke.mutate()}
                  isPending={revoke.isPending}
                >
                  {m.calendar.revoke}
                </ConfirmButton>
              </>
            ) : (
              <Button onClick={start} loading={create.isPending}>
                {m.calendar.create}
              </Button>
            )}
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
