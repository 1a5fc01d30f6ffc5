import { Anchor, List, Stack, Title } from '@mantine/core';
import { Link } from 'react-router';
import { useDueCaseFollowUps } from '../../api/interventions';
import { formatDate } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useInterventionsT } from '../../i18n/interventions/use-interventions-t';

/**
 * On "Mina uppgifter": the follow-ups of individual plans due within two weeks on the
 * caseworker's own cases. No name: the case opens from the link. Nothing shows for others.
 */
export function DueCaseFollowUps() {
  const t = useInterventionsT().myTasks;
  const { locale } = useI18n();
  const due = useDueCaseFollowUps();
  if (!due.data || due.data.length === 0) return null;
  return (
    <Stack gap="sm" component="section" aria-labelledby="case-follow-ups-heading">
      <Title order={2} size="h3" id="case-follow-ups-heading">
        {t.heading}
      </Title>
      <List data-testid="case-follow-ups">
        {due.data.map((item) => (
          <List.Item key={item.planItemId}>
            <Anchor component={Link} to={`/individinsatser/arenden/${item.caseId}`}>
              {t.item(item.programmeName, formatDate(item.followUpOn, locale))}
            </Anchor>
          </List.Item>
        ))}
      </List>
    </Stack>
  );
}
