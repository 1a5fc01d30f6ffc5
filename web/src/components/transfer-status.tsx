import { Progress, Stack, Text } from '@mantine/core';

/**
 * How far something slow has come (an upload, a download, the server's work), as words and a
 * bar. `percent` null: the end is unknown, and the bar moves without a number.
 */
export function TransferStatus({ text, percent }: { text: string; percent: number | null }) {
  return (
    <Stack gap={4}>
      <Text size="sm">{text}</Text>
      <Progress value={percent ?? 100} animated={percent === null} aria-label={text} />
    </Stack>
  );
}

/** A share in whole percent; 0 before anything is known. */
export function percentOf(done: number, total: number | null | undefined): number {
  return total === null || total === undefined || total <= 0
    ? 0
    : Math.min(100, Math.round((done / total) * 100));
}
