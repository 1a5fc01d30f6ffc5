import {
  Alert,
  Button,
  Checkbox,
  Group,
  NativeSelect,
  Stack,
  Text,
  TextInput,
} from '@mantine/core';
import { useState, type FormEvent } from 'react';
import { useOrganisations } from '../../../api/administration';
import {
  useImportCsv,
  useImportProfiles,
  usePreviewCsv,
  useSaveImportProfile,
} from '../../../api/imports';
import { useTaxonomy } from '../../../api/situation';
import type { CsvPreview, ImportProfile, SavedImportProfile } from '../../../api/types';
import { ErrorAlert } from '../../../components/error-alert';
import { FileField } from '../../../components/file-field';
import { percentOf, TransferStatus } from '../../../components/transfer-status';
import { useSituationT } from '../../../i18n/situation/use-situation-t';
import {
  checkMapping,
  cleanCategoryValues,
  emptyMapping,
  guessMapping,
  mappingFromProfile,
  profileColumns,
  type ColumnMapping,
} from './column-mapping';
import { CategoryValueFields, ColumnMappingFields, CsvPreviewTable } from './column-mapping-fields';
import { RunResult } from './run-result';
import { ImportSection } from './import-section';

type Stage = 'idle' | 'reading' | 'previewing' | 'saving' | 'sending';

interface ChosenFile {
  name: string;
  text: string;
}

/**
 * A CSV file in three steps: choose it (the server reads its header and first rows), map its
 * columns (from a saved profile, a guess from the headers, or by hand), import it. The mapping
 * can be saved as a profile on the way.
 */
export function CsvImportForm() {
  const m = useSituationT().import;
  const organisations = useOrganisations();
  const taxonomy = useTaxonomy();
  const profiles = useImportProfiles();
  const preview = usePreviewCsv();
  const saveProfile = useSaveImportProfile();
  const importCsv = useImportCsv();
  const [file, setFile] = useState<ChosenFile | null>(null);
  const [stage, setStage] = useState<Stage>('idle');
  const [fileError, setFileError] = useState<string | undefined>();
  const [profileId, setProfileId] = useState('');
  const [missingColumns, setMissingColumns] = useState<string[]>([]);
  const [mapping, setMapping] = useState<ColumnMapping>(emptyMapping);
  const [categoryValues, setCategoryValues] = useState<Record<string, string>>({});
  const [organisationId, setOrganisationId] = useState('');
  const [isSavingProfile, setIsSavingProfile] = useState(false);
  const [profileName, setProfileName] = useState('');
  const [isSkippingBadRows, setIsSkippingBadRows] = useState(false);
  const [isChecked, setIsChecked] = useState(false);
  const [savedProfile, setSavedProfile] = useState<SavedImportProfile | null>(null);

  const chosenProfile = profiles.data?.find((profile) => profile.id === profileId);
  const usable = (organisations.data ?? []).filter((item) => item.disabledAt === null);
  const mappingProblems = checkMapping(mapping);
  const nameProblem =
    isSavingProfile && profileName.trim().length < 2 ? m.csv.profileNameRequired : undefined;
  const organisationProblem = organisationId === '' ? m.csv.organisationRequired : undefined;

  const applyProfile = (profile: SavedImportProfile | undefined, shown: CsvPreview) => {
    if (profile === undefined) {
      setMapping(guessMapping(shown.headers));
      setCategoryValues({});
      setMissingColumns([]);
      setProfileName('');
      return;
    }
    const applied = mappingFromProfile(profile.columns, shown.headers);
    setMapping(applied.mapping);
    setMissingColumns(applied.missing);
    setCategoryValues({ ...profile.categoryValues });
    setProfileName(profile.name);
  };

  const chooseFile = async (chosen: File | null) => {
    preview.reset();
    importCsv.reset();
    setSavedProfile(null);
    setFile(null);
    setFileError(undefined);
    if (chosen === null) return;
    setStage('reading');
    const text = await chosen.text();
    setStage('previewing');
    preview.mutate(text, {
      onSuccess: (shown) => {
        setFile({ name: chosen.name, text });
        applyProfile(chosenProfile, shown);
      },
      onSettled: () => setStage('idle'),
    });
  };

  const chooseProfile = (id: string) => {
    setProfileId(id);
    const profile = profiles.data?.find((item) => item.id === id);
    if (preview.data !== undefined) applyProfile(profile, preview.data);
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setIsChecked(true);
    if (file === null) {
      setFileError(m.fileRequired);
      return;
    }
    if (
      Object.keys(mappingProblems).length > 0 ||
      nameProblem !== undefined ||
      organisationProblem !== undefined
    ) {
      return;
    }
    importCsv.reset();
    saveProfile.reset();
    setSavedProfile(null);
    const profile: ImportProfile = {
      name:
        profileName.trim().length >= 2
          ? profileName.trim()
          : file.name.slice(0, 100).padEnd(2, '_'),
      columns: profileColumns(mapping),
      categoryValues: cleanCategoryValues(categoryValues),
    };
    let savedId: string | undefined;
    if (isSavingProfile) {
      setStage('saving');
      try {
        const saved = await saveProfile.mutateAsync({
          ...profile,
          ...(chosenProfile === undefined ? {} : { id: chosenProfile.id }),
        });
        savedId = saved.id;
        setSavedProfile(saved);
        setProfileId(saved.id);
        setIsSavingProfile(false);
      } catch {
        setStage('idle');
        return;
      }
    }
    setStage('sending');
    importCsv.mutate(
      {
        fileName: file.name,
        text: file.text,
        organisationId,
        isSkippingBadRows,
        ...(savedId === undefined ? { profile } : { profileId: savedId }),
      },
      { onSettled: () => setStage('idle') },
    );
  };

  const upload = stage === 'previewing' ? preview.progress : importCsv.progress;
  const percent = upload === null ? 0 : percentOf(upload.sent, upload.total);
  const isUploaded = upload !== null && upload.sent >= upload.total;
  const statusText =
    stage === 'reading'
      ? m.reading
      : stage === 'previewing'
        ? m.csv.previewing(percent)
        : stage === 'saving'
          ? m.csv.savingProfile
          : stage === 'sending'
            ? isUploaded
              ? m.processing
              : m.uploading(percent)
            : null;

  return (
    <ImportSection name="csv-import" heading={m.csv.heading} intro={m.csv.intro}>
      <form onSubmit={(event) => void submit(event)} noValidate>
        <Stack gap="lg">
          <Stack gap="md" maw={560}>
            <FileField
              label={m.csv.file}
              description={m.csv.fileHelp}
              accept=".csv,.tsv,.txt,text/csv,text/tab-separated-values"
              error={fileError}
              onChange={(chosen) => void chooseFile(chosen)}
              testId="csv-file"
            />
            {profiles.isError ? (
              <ErrorAlert error={profiles.error} />
            ) : (
              <NativeSelect
                label={m.csv.profile}
                description={m.csv.profileHelp}
                value={profileId}
                onChange={(event) => chooseProfile(event.currentTarget.value)}
                data={[
                  { value: '', label: m.csv.profileNone },
                  ...(profiles.data ?? []).map((profile) => ({
                    value: profile.id,
                    label: profile.name,
                  })),
                ]}
              />
            )}
          </Stack>
          {preview.isError && <ErrorAlert error={preview.error} />}
          {file !== null && preview.data !== undefined && (
            <>
              <CsvPreviewTable preview={preview.data} />
              {missingColumns.length > 0 && (
                <Alert color="orange" variant="light">
                  {m.csv.profileMissingColumns(missingColumns.join(', '))}
                </Alert>
              )}
              <ColumnMappingFields
                headers={preview.data.headers}
                mapping={mapping}
                problems={isChecked ? mappingProblems : {}}
                onChange={setMapping}
              />
              <CategoryValueFields
                preview={preview.data}
                column={mapping.category}
                categories={taxonomy.data ?? []}
                values={categoryValues}
                onChange={setCategoryValues}
              />
              <Stack gap="md" maw={560}>
                <NativeSelect
                  label={m.csv.organisation}
                  description={m.csv.organisationHelp}
                  withAsterisk
                  value={organisationId}
                  error={isChecked ? organisationProblem : undefined}
                  onChange={(event) => setOrganisationId(event.currentTarget.value)}
                  data={[
                    { value: '', label: m.csv.organisationRequired },
                    ...usable.map((item) => ({ value: item.id, label: item.name })),
                  ]}
                />
                <Checkbox
                  label={
                    chosenProfile === undefined
                      ? m.csv.saveProfile
                      : m.csv.saveProfileChanges(chosenProfile.name)
                  }
                  checked={isSavingProfile}
                  onChange={(event) => setIsSavingProfile(event.currentTarget.checked)}
                />
                {isSavingProfile && (
                  <TextInput
                    label={m.csv.profileName}
                    description={m.csv.profileNameHelp}
                    withAsterisk
                    value={profileName}
                    maxLength={100}
                    error={isChecked ? nameProblem : undefined}
                    onChange={(event) => setProfileName(event.currentTarget.value)}
                  />
                )}
                <Checkbox
                  label={m.skipBadRows}
                  description={m.skipBadRowsHelp}
                  checked={isSkippingBadRows}
                  onChange={(event) => setIsSkippingBadRows(event.currentTarget.checked)}
                />
              </Stack>
            </>
          )}
          <div role="status" aria-live="polite">
            {statusText !== null && (
              <TransferStatus
                text={statusText}
                percent={stage === 'reading' || stage === 'saving' || isUploaded ? null : percent}
              />
            )}
            {savedProfile !== null && (
              <Text size="sm">{m.csv.profileSaved(savedProfile.name)}</Text>
            )}
          </div>
          {saveProfile.isError && <ErrorAlert error={saveProfile.error} />}
          {importCsv.isError && <ErrorAlert error={importCsv.error} />}
          {file !== null && (
            <Group>
              <Button type="submit" loading={stage !== 'idle'}>
                {m.csv.submit}
              </Button>
            </Group>
          )}
        </Stack>
      </form>
      {importCsv.isSuccess && <RunResult run={importCsv.data} testId="csv-import-result" />}
    </ImportSection>
  );
}
