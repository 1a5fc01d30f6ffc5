import { Button, Group } from '@mantine/core';
import { IconPencil } from '@tabler/icons-react';
import type { ReactNode } from 'react';
import { ConfirmButton } from '../../components/confirm-button';
import { usePlansT } from '../../i18n/plans/use-plans-t';
import { PlanErrorAlert } from './plan-error';

/**
 * Edit and Remove for one item of a plan, named after the item for screen readers (every row
 * says "Ändra"). Removal asks first; a refusal is shown beside the buttons.
 */
export function ItemActions({
  name,
  onEdit,
  onDelete,
  isDeleting,
  deleteError,
  children,
}: {
  name: string;
  onEdit?: () => void;
  onDelete?: () => void;
  isDeleting?: boolean;
  deleteError?: unknown;
  children?: ReactNode;
}) {
  const words = usePlansT().modelling.actions;
  return (
    <>
      <Group gap="xs" wrap="wrap">
        {onEdit && (
          <Button
            size="compact-sm"
            variant="default"
            leftSection={<IconPencil size={14} aria-hidden="true" />}
            onClick={onEdit}
            aria-label={words.editNamed(name)}
          >
            {words.edit}
          </Button>
        )}
        {children}
        {onDelete && (
          <ConfirmButton
            size="compact-sm"
            variant="default"
            color="red.9"
            question={words.deleteQuestion(name)}
            isPending={isDeleting ?? false}
            onConfirm={onDelete}
            accessibleName={words.deleteNamed(name)}
          >
            {words.delete}
          </ConfirmButton>
        )}
      </Group>
      {deleteError !== null && deleteError !== undefined && <PlanErrorAlert error={deleteError} />}
    </>
  );
}
