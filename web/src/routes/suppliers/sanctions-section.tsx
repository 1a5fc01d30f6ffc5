import {
  Badge,
  Button,
  Group,
  List,
  NativeSelect,
  Paper,
  Stack,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import {
  matchReviewDecisions,
  useReviewMatch,
  type Check,
  type MatchReviewDecision,
  type SanctionsMatch,
} from '../../api/suppliers';
import { formatDateTime, formatNumber } from '../../i18n/format';
import { useI18n } from '../../i18n/i18n-context';
import { useSuppliersT } from '../../i18n/suppliers/use-suppliers-t';
import { tones } from './supplier-badges';
import { SupplierErrorAlert } from './supplier-error';
import { AppModal } from '../../components/app-modal';

function ReviewDialog({ match, onClose }: { match: SanctionsMatch; onClose: () => void }) {
  const s = useSuppliersT();
  const { t } = useI18n();
  const review = useReviewMatch();
  const [decision, setDecision] = useState<MatchReviewDecision>('false_positive');
  const [comment, setComment] = useState('');
  const [isSubmitted, setIsSubmitted] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setIsSubmitted(true);
    if (comment.trim() === '') return;
    review.mutate({ matchId: match.id, decision, comment: comment.trim() }, { onSuccess: onClose });
  };
  return (
    <AppModal
      opened
      onClose={onClose}
      title={s.sanctions.reviewTitle}
      size="lg"
      closeButtonProps={{ 'aria-label': t.common.close }}
    >
      <form onSubmit={submit} noValidate data-testid="review-match-form">
        <Stack gap="sm">
          <Text size="sm" fw={600}>
            {s.sanctions.match(match.subjectName, match.caption)}
          </Text>
          <NativeSelect
            label={s.sanctions.decision}
            value={decision}
            onChange={(event) => setDecision(event.currentTarget.value as MatchReviewDecision)}
            data={matchReviewDecisions.map((item) => ({
              value: item,
              label: s.sanctions.decisions[item],
            }))}
          />
          <Textarea
            label={s.sanctions.comment}
            description={s.sanctions.commentHelp}
            required
            autosize
            minRows={3}
            value={comment}
            onChange={(event) => setComment(event.currentTarget.value)}
            error={isSubmitted && comment.trim() === '' ? s.manual.required : undefined}
          />
          {review.error !== null && <SupplierErrorAlert error={review.error} />}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t.common.cancel}
            </Button>
            <Button type="submit" loading={review.isPending}>
              {s.sanctions.save}
            </Button>
          </Group>
        </Stack>
      </form>
    </AppModal>
  );
}

function MatchCard({
  match,
  onReview,
}: {
  match: SanctionsMatch;
  onReview: (match: SanctionsMatch) => void;
}) {
  const s = useSuppliersT();
  const { locale } = useI18n();
  const number = (value: number) =>
    new Intl.NumberFormat(locale === 'en' ? 'en-GB' : 'sv-SE', {
      minimumFractionDigits: 2,
      maximumFractionDigits: 2,
      signDisplay: 'exceptZero',
    }).format(value);
  return (
    <Paper
      component="li"
      withBorder
      p="sm"
      style={{ listStyle: 'none' }}
      data-testid="sanctions-match"
    >
      <Stack gap={6}>
        <Group justify="space-between" wrap="wrap" gap="xs">
          <Text fw={600}>{s.sanctions.match(match.subjectName, match.caption)}</Text>
          <Badge {...tones[match.score >= 0.9 ? 'red' : 'orange']}>
            {s.sanctions.score(formatNumber(Math.round(match.score * 100) / 100, locale))}
          </Badge>
        </Group>
        <Text size="sm">{s.sanctions.datasets(match.datasets.join(', '))}</Text>
        <Text size="sm" fw={600}>
          {s.sanctions.featuresHeading}
        </Text>
        <List size="sm" data-testid="match-features">
          {match.features.map((feature) => (
            <List.Item key={`${feature.feature}-${feature.detail}`}>
              {`${s.sanctions.features[feature.feature] ?? feature.feature} ${s.sanctions.weight(
                number(feature.weight),
              )}: ${feature.detail}`}
            </List.Item>
          ))}
        </List>
        {match.review === null ? (
          <Group>
            <Button size="xs" variant="default" onClick={() => onReview(match)}>
              {s.sanctions.markFalsePositive}
            </Button>
          </Group>
        ) : (
          <Text size="sm" data-testid="match-review">
            {s.sanctions.reviewed(
              s.sanctions.decisions[match.review.decision],
              formatDateTime(match.review.decidedAt, locale),
              match.review.comment,
            )}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

/**
 * The latest sanctions screening: each match with its score explained feature by feature, and
 * a review (false positive, or confirmed) with a comment. A false positive is remembered and
 * not raised again for the same subject.
 */
export function SanctionsSection({ checks }: { checks: Check[] }) {
  const s = useSuppliersT();
  const [reviewing, setReviewing] = useState<SanctionsMatch | null>(null);
  const latest = checks.find((check) => check.kind === 'sanctions_screening');
  return (
    <section aria-labelledby="sanctions-heading" data-testid="sanctions">
      <Title order={2} size="h3" id="sanctions-heading" mb="xs">
        {s.sanctions.heading}
      </Title>
      {latest === undefined ? (
        <Text size="sm">{s.sanctions.none}</Text>
      ) : (
        <Stack gap="sm">
          <Text size="sm">{`${s.sanctions.latest(latest.checkedOn)} ${latest.summary}`}</Text>
          {latest.matches.length === 0 ? (
            <Text size="sm">{s.sanctions.noMatches}</Text>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0}>
              {latest.matches.map((match) => (
                <MatchCard key={match.id} match={match} onReview={setReviewing} />
              ))}
            </Stack>
          )}
        </Stack>
      )}
      {reviewing !== null && <ReviewDialog match={reviewing} onClose={() => setReviewing(null)} />}
    </section>
  );
}
