import type { Locale } from './user.js';
import type { TokenPurpose } from './one-time-token.js';

interface LinkEmailFacts {
  displayName: string;
  municipalityName: string;
  link: string;
  expiresAt: string;
}

const formatTime = (locale: Locale, iso: string) =>
  new Intl.DateTimeFormat(locale === 'sv' ? 'sv-SE' : 'en-GB', {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Europe/Stockholm',
  }).format(new Date(iso));

/** The e-mail texts, per language: the server's message catalog. */
const catalog: Record<
  Locale,
  Record<TokenPurpose, (facts: LinkEmailFacts) => { subject: string; text: string }>
> = {
  sv: {
    invitation: (facts) => ({
      subject: `Inbjudan till Tryggve – ${facts.municipalityName}`,
      text: [
        `Hej ${facts.displayName}!`,
        '',
        `Du har bjudits in till Tryggve, ${facts.municipalityName} kommuns verktyg för det brottsförebyggande arbetet.`,
        'Välj ditt lösenord genom att öppna länken:',
        '',
        facts.link,
        '',
        `Länken fungerar en gång och till och med ${formatTime('sv', facts.expiresAt)}.`,
        'Om du inte väntade dig detta kan du bortse från meddelandet.',
      ].join('\n'),
    }),
    password_reset: (facts) => ({
      subject: 'Återställ ditt lösenord i Tryggve',
      text: [
        `Hej ${facts.displayName}!`,
        '',
        'Någon har bett om att återställa lösenordet till ditt konto i Tryggve. Välj ett nytt lösenord här:',
        '',
        facts.link,
        '',
        `Länken fungerar en gång och till och med ${formatTime('sv', facts.expiresAt)}.`,
        'Om det inte var du kan du bortse från meddelandet; ditt lösenord är oförändrat.',
      ].join('\n'),
    }),
  },
  en: {
    invitation: (facts) => ({
      subject: `Invitation to Tryggve – ${facts.municipalityName}`,
      text: [
        `Hello ${facts.displayName},`,
        '',
        `You have been invited to Tryggve, ${facts.municipalityName} municipality's tool for crime prevention.`,
        'Choose your password by opening the link:',
        '',
        facts.link,
        '',
        `The link works once, until ${formatTime('en', facts.expiresAt)}.`,
        'If you did not expect this, you can ignore the message.',
      ].join('\n'),
    }),
    password_reset: (facts) => ({
      subject: 'Reset your Tryggve password',
      text: [
        `Hello ${facts.displayName},`,
        '',
        'Someone asked to reset the password of your Tryggve account. Choose a new password here:',
        '',
        facts.link,
        '',
        `The link works once, until ${formatTime('en', facts.expiresAt)}.`,
        'If it was not you, ignore this message; your password is unchanged.',
      ].join('\n'),
    }),
  },
};

export function accountEmail(locale: Locale, purpose: TokenPurpose, facts: LinkEmailFacts) {
  return catalog[locale][purpose](facts);
}

interface InvitedElsewhereFacts {
  displayName: string;
  /** The municipality whose admin tried to invite the address. */
  invitingMunicipalityName: string;
  /** The municipality the account belongs to. */
  ownMunicipalityName: string;
}

const invitedElsewhereCatalog: Record<
  Locale,
  (facts: InvitedElsewhereFacts) => { subject: string; text: string }
> = {
  sv: (facts) => ({
    subject: `Inbjudan till Tryggve – ${facts.invitingMunicipalityName}`,
    text: [
      `Hej ${facts.displayName}!`,
      '',
      `En administratör i ${facts.invitingMunicipalityName} har försökt bjuda in dig till Tryggve med den här e-postadressen.`,
      `Adressen hör redan till ditt konto i ${facts.ownMunicipalityName}, och ett konto hör till en kommun, så inget nytt konto har skapats och ditt konto är oförändrat.`,
      `Ska du arbeta i ${facts.invitingMunicipalityName}s Tryggve, be deras administratör bjuda in dig med en annan adress.`,
      'Om du inte väntade dig detta kan du bortse från meddelandet.',
    ].join('\n'),
  }),
  en: (facts) => ({
    subject: `Invitation to Tryggve – ${facts.invitingMunicipalityName}`,
    text: [
      `Hello ${facts.displayName},`,
      '',
      `An administrator in ${facts.invitingMunicipalityName} tried to invite you to Tryggve with this e-mail address.`,
      `The address already belongs to your account in ${facts.ownMunicipalityName}, and an account belongs to one municipality, so no new account was made and yours is unchanged.`,
      `If you are to work in ${facts.invitingMunicipalityName}'s Tryggve, ask their administrator to invite you with another address.`,
      'If you did not expect this, you can ignore the message.',
    ].join('\n'),
  }),
};

/** Tells an account holder that another municipality tried to invite their address. */
export function invitedElsewhereEmail(locale: Locale, facts: InvitedElsewhereFacts) {
  return invitedElsewhereCatalog[locale](facts);
}
