import { createCaseCipher } from './domain/interventions/case-cipher.js';
import type { Logger } from 'pino';
import type { Config } from './config.js';
import { createOpenIdConnectClient } from './integrations/oidc/open-id-connect-client.js';
import type { Deps } from './domain/deps.js';
import { silentLogger } from './domain/failure-log.js';
import { PictureCache } from './domain/situation/picture-cache.js';
import { chooseCompanyRegistry } from './integrations/bolagsverket/choose-company-registry.js';
import { shippedPlaceNameReference } from './integrations/places-sweden/shipped-place-names.js';
import { createSanctionsScreening } from './integrations/opensanctions/sanctions-screening.js';
import { createSmtpMailer } from './integrations/smtp-mailer.js';
import { createMinutesMailRenderer } from './reports/meeting-minutes/meeting-minutes-mail.js';
import { createCheckpointFileArchive } from './storage/audit-checkpoint-file.js';
import { createCompanyRegisterRepository } from './storage/company-register-repository.js';
import { migrateToLatest, openDatabase, type Database } from './storage/db.js';
import { createStore } from './storage/store.js';
import { referenceMunicipality } from './integrations/places-sweden/municipality-reference.js';
import { defaultPoliceEventTypeMapping } from './integrations/polisen/event-type-mapping.js';

/** An opened, migrated database and the dependencies the use cases need. */
export interface Runtime {
  database: Database;
  deps: Deps;
  close(): Promise<void>;
}

/** Opens the database, brings its schema up to date and wires the use cases' dependencies. */
export async function openRuntime(config: Config, logger?: Logger): Promise<Runtime> {
  const database = openDatabase(config.databaseUrl, (error) =>
    logger?.warn({ message: error.message }, 'a database connection was closed'),
  );
  try {
    const result = await migrateToLatest(database.db);
    for (const migration of result.results ?? []) {
      logger?.info({ migration: migration.migrationName, status: migration.status }, 'migration');
    }
  } catch (error) {
    await database.close();
    throw error;
  }
  const mailer = config.smtpUrl ? createSmtpMailer(config.smtpUrl, config.mailFrom) : null;
  const store = createStore(database);
  const deps: Deps = {
    store,
    clock: () => new Date(),
    mailer,
    minutesMail: createMinutesMailRenderer(),
    logger: logger ?? silentLogger,
    findReferenceMunicipality: referenceMunicipality,
    policeTypeDefaults: defaultPoliceEventTypeMapping,
    placeNames: shippedPlaceNameReference,
    settings: {
      publicUrl: config.publicUrl,
      sessionIdleMinutes: config.sessionIdleMinutes,
      sessionMaxHours: config.sessionMaxHours,
      loginMaxAttempts: config.loginMaxAttempts,
      loginLockoutMinutes: config.loginLockoutMinutes,
    },
    followUpReminderDays: config.followUpReminderDays,
    planSettings: config.planSettings,
    retention: config.retention,
    ...(config.caseKeys ? { caseCipher: createCaseCipher(config.caseKeys) } : {}),
    emergencyAccessHours: config.emergencyAccessHours,
    installationAdminEmails: config.installationAdminEmails,
    pictureCache: new PictureCache(),
    alarmCache: new PictureCache(),
    companyRegistry: await chooseCompanyRegistry(
      config.bolagsverket,
      createCompanyRegisterRepository(database.db),
    ),
    sanctionsScreening: createSanctionsScreening(store.sanctionsLists),
    auditCheckpoints: {
      key: config.auditCheckpointKey,
      archive: config.auditCheckpointDirectory
        ? createCheckpointFileArchive(config.auditCheckpointDirectory)
        : null,
    },
    ...(config.secretsKey ? { secretsKey: config.secretsKey } : {}),
    isSecondFactorRequiredByDefault: config.isSecondFactorRequiredByDefault,
    openIdConnect: createOpenIdConnectClient(),
  };
  return {
    database,
    deps,
    async close() {
      mailer?.close();
      await database.close();
    },
  };
}
