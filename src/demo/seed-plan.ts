import type { Actor } from '../domain/access/actor.js';
import type { Deps } from '../domain/deps.js';
import { adoptPlan } from '../domain/plans/adopt-plan.js';
import { createPlan } from '../domain/plans/create-plan.js';
import { recordIndicatorValue } from '../domain/plans/record-indicator-value.js';
import { saveEffort } from '../domain/plans/save-effort.js';
import { saveGoal } from '../domain/plans/save-goal.js';
import { saveIndicator } from '../domain/plans/save-indicator.js';
import { saveMeasure, type MeasureInput } from '../domain/plans/save-measure.js';
import { savePlanProblem } from '../domain/plans/save-plan-problem.js';
import { setMeasureStatus } from '../domain/plans/set-measure-status.js';
import type { MeasureStatusColour } from '../domain/plans/plan.js';

/**
 * The seed's plan: Huddinge's strategisk handlingsplan mot organiserad brottslighet, adopted
 * by kommunfullmäktige on 2015-04-13, in force to 2016-12-31, to be followed up every two
 * years. The goals and measures are those the 2020 follow-up (KS-2017/581.173) reports on,
 * with the statuses it gives; the plan text itself (Bilaga 1) is not in the seed.
 *
 * The seed does not give the 2015 decision's diarienummer: the one below is a placeholder in
 * Huddinge's form. Today the plan is expired, and its first follow-up (due 2017-04-13) was
 * reported only in 2020: exactly the failure the product must make impossible to miss.
 */
export const demoPlan = {
  title: 'Strategisk handlingsplan mot organiserad brottslighet i Huddinge',
  decidedOn: '2015-04-13',
  validUntil: '2016-12-31',
  caseNumber: 'KS-2015/100',
  followUpIntervalMonths: 24,
} as const;

/**
 * The people the seed names, as contacts of the measures their office carries out: the
 * follow-up's handläggare (with the e-mail address the seed prints) and the säkerhetschef
 * who signed it. The seed names no one for the other measures, so they have no contact; a
 * round gives those tasks to the coordinator. No demo user has these addresses, so no mail
 * ever goes to them.
 */
export const seedContacts = {
  caseOfficer: 'Victor Mazilu, Victor.Mazilu@huddinge.se',
  securityChief: 'Frida Ryberg, säkerhetschef',
} as const;

export async function seedPlan(deps: Deps, operator: Actor): Promise<string> {
  const districts = await deps.store.municipalities.listDistricts(operator.municipalityId);
  const districtIds = districts.map((district) => district.id);

  const plan = await createPlan(deps, operator, {
    title: demoPlan.title,
    kind: 'strategic_plan',
    owner: 'Kommunstyrelsens förvaltning, säkerhetschef',
    summary:
      'Framtagen i samverkan mellan berörda förvaltningar och dåvarande Södertörns polismästardistrikt. ' +
      'Följs upp och revideras vid behov vartannat år; insatserna i samverkansavtalet med polisen och ' +
      'räddningstjänsten följs upp gemensamt.',
    validFrom: demoPlan.decidedOn,
    validUntil: demoPlan.validUntil,
    followUpIntervalMonths: demoPlan.followUpIntervalMonths,
  });
  const problem = async (
    title: string,
    description: string,
    categoryCodes: string[],
    inAreas: boolean,
  ) =>
    (
      await savePlanProblem(deps, operator, plan.id, null, {
        title,
        description,
        categoryCodes,
        districtIds: inAreas ? districtIds : [],
        isPrioritised: true,
      })
    ).id;
  const establishment = await problem(
    'Organiserad brottslighet i Flemingsberg, Skogås och Vårby',
    'Den organiserade brottslighet som är känd för polisen finns främst i Flemingsberg, Skogås och Vårby, med skiftande problematik; ett stort etablerat gäng.',
    ['gang_territory', 'open_drug_market', 'shooting', 'explosion'],
    true,
  );
  const recruitment = await problem(
    'Unga som dras in i kriminalitet',
    'Ungdomskriminalitet och rekrytering av unga till kriminella nätverk.',
    ['youth_recruitment'],
    false,
  );
  const procurement = await problem(
    'Ekonomisk brottslighet vid upphandling',
    'Oseriösa och kriminella leverantörer: obetalda skatter, bristande tillstånd och registrering.',
    ['criminal_business'],
    false,
  );
  await problem(
    'Organiserad brottslighet i välfärden och skattesystemet',
    'Nationellt underrättelsecentrum har sedan 2015 visat hur organiserad brottslighet påverkar välfärden och skattesystemet; ingen insats i kartläggningen riktar sig mot det.',
    ['welfare_fraud'],
    false,
  );

  const goal = async (title: string) =>
    (await saveGoal(deps, operator, plan.id, null, { title })).id;
  const youth = await goal('Förebygga att unga dras in i kriminella nätverk');
  const leaving = await goal('Stödja personer som vill lämna kriminella nätverk');
  const areas = await goal('Försvåra etablering av organiserad brottslighet i utsatta områden');
  const suppliers = await goal('Motverka ekonomisk brottslighet vid upphandling');
  const capacity = await goal(
    'Stärka kommunens förmåga och samverkan mot organiserad brottslighet',
  );

  const sig = await saveIndicator(deps, operator, plan.id, null, {
    goalId: youth,
    name: 'Ungdomar som ingått i en social insatsgrupp (SIG) sedan 2015',
    unit: 'personer',
    direction: 'up',
    baselineValue: 0,
    baselineOn: demoPlan.decidedOn,
  });
  await saveIndicator(deps, operator, plan.id, null, {
    goalId: leaving,
    name: 'Avhoppare som fått stöd',
    unit: 'personer',
    direction: 'up',
  });
  await saveIndicator(deps, operator, plan.id, null, {
    goalId: areas,
    name: 'Signaler om organiserad brottslighet i de utsatta områdena per år',
    unit: 'händelser',
    direction: 'down',
    computation: {
      categoryCodes: ['gang_territory', 'open_drug_market', 'shooting', 'explosion'],
      districtIds,
      periodKind: 'year',
    },
  });

  const measures: (MeasureInput & { status: MeasureStatusColour; comment: string })[] = [
    {
      problemId: recruitment,
      measure: 'Sociala insatsgrupper (SIG) för unga i riskzonen',
      operativeGoal:
        'En individuell handlingsplan för varje ung person som riskerar att rekryteras',
      responsible: 'Socialförvaltningen',
      partners: ['Lokalpolisområde Huddinge'],
      goalIds: [youth],
      status: 'green',
      comment:
        '29 ungdomar har ingått i SIG sedan 2015. Etablerades som projekt, bedrivs nu som ordinarie verksamhet; överlag mycket bra resultat.',
    },
    {
      problemId: recruitment,
      measure: 'Samkraftsteam i förskola, grundskola och gymnasium (Samkraft Huddinge)',
      operativeGoal: 'Förebygga kriminalitet, missbruk och psykisk ohälsa bland unga',
      responsible: 'Samkraft Huddinge',
      goalIds: [youth],
      status: 'yellow',
      comment:
        'Sex team: ett för förskolan, ett för gymnasiet, fyra för grundskolan. Två grundskoleteam är vilande; återstart planeras till hösten.',
    },
    {
      cause: 'Personer som vill lämna kriminella nätverk',
      measure: 'Stöd till personer som vill lämna kriminella nätverk (avhoppare)',
      operativeGoal: 'Individuellt stöd utifrån handlingsplanen vid varje avhopp',
      responsible: 'Socialförvaltningen',
      goalIds: [leaving],
      status: 'yellow',
      comment: 'Stöd erbjuds, men antalet avhoppare från organiserad brottslighet har varit få.',
    },
    {
      cause: 'Personal möter kriminella personer i sitt arbete',
      measure: 'Utbildning av personal i att hantera kriminella personer',
      operativeGoal: 'Personal inom social- och äldreomsorgsförvaltningen utbildad',
      responsible: 'Social- och äldreomsorgsförvaltningen',
      goalIds: [capacity],
      status: 'green',
      comment: 'Delar av personalen har utbildats; ett antal samverkansmöten har ägt rum.',
    },
    {
      problemId: establishment,
      measure: 'Operativ samverkansgrupp (OSG) med nulägesbild varje torsdag',
      operativeGoal:
        'Tidiga indikationer på organiserad brottslighet; gemensamma insatser vid behov',
      responsible: 'Kommunstyrelsens förvaltning',
      contactPerson: seedContacts.securityChief,
      partners: ['Lokalpolisområde Huddinge', 'Södertörns brandförsvarsförbund'],
      goalIds: [areas, capacity],
      status: 'green',
      comment: 'Gruppen träffas varje torsdag och är ett bra forum för tidiga indikationer.',
    },
    {
      problemId: recruitment,
      measure: 'Kartläggning av ungdomskriminaliteten i Huddinge',
      operativeGoal: 'Underlag för det förebyggande och individanpassade arbetet',
      startsOn: '2016-01-01',
      endsOn: '2016-12-31',
      responsible: 'Kommunstyrelsens förvaltning',
      contactPerson: seedContacts.caseOfficer,
      partners: ['Polisområde Stockholm Syd', 'Södertörns brandförsvarsförbund'],
      goalIds: [youth, areas],
      status: 'green',
      comment: 'Genomförd 2016 inom samverkansavtalet.',
    },
    {
      problemId: establishment,
      measure: 'Trafikkontroller och tillsyn i de berörda områdena',
      operativeGoal: 'Synlig kontroll i Flemingsberg, Skogås och Vårby',
      responsible: 'Lokalpolisområde Huddinge',
      goalIds: [areas],
      status: 'green',
      comment: 'Utförda utan anmärkningar; arbetet fortsätter.',
    },
    {
      problemId: procurement,
      measure:
        'Kontroll av leverantörer: kreditvärdighet, obetalda skatter, tillstånd och företagsregistrering',
      operativeGoal: 'Varje vunnen upphandling kontrolleras; samarbete med Skatteverket',
      responsible: 'Upphandlingssektionen, kommunstyrelsens förvaltning',
      partners: ['Skatteverket'],
      goalIds: [suppliers],
      status: 'green',
      comment: 'Befästa rutiner för kontinuerliga kontroller.',
    },
  ];
  const measureIds: { id: string; status: MeasureStatusColour; comment: string }[] = [];
  for (const { status, comment, ...measure } of measures) {
    const saved = await saveMeasure(deps, operator, plan.id, null, measure);
    measureIds.push({ id: saved.id, status, comment });
  }

  await adoptPlan(deps, operator, plan.id, {
    decisionBody: 'municipal_council',
    decisionBodyName: 'Kommunfullmäktige',
    decidedOn: demoPlan.decidedOn,
    caseNumber: demoPlan.caseNumber,
  });
  // The follow-up's findings, recorded on the adopted plan.
  for (const { id, status, comment } of measureIds)
    await setMeasureStatus(deps, operator, plan.id, id, { colour: status, comment });
  await recordIndicatorValue(deps, operator, plan.id, sig.id, {
    value: 29,
    measuredOn: '2020-05-05',
    note: 'Uppföljningen 2020 (KS-2017/581.173)',
  });

  await seedEfforts(deps, operator, {
    establishment,
    recruitment,
    procurement,
    youth,
    areas,
    suppliers,
    capacity,
  });
  return plan.id;
}

/** The efforts the seed names, at every level, and whether anyone evaluated them. */
async function seedEfforts(
  deps: Deps,
  operator: Actor,
  ids: Record<
    'establishment' | 'recruitment' | 'procurement' | 'youth' | 'areas' | 'suppliers' | 'capacity',
    string
  >,
) {
  const efforts: Parameters<typeof saveEffort>[3][] = [
    {
      name: 'Sociala insatsgrupper (SIG)',
      level: 'local',
      owner: 'Socialförvaltningen',
      targetGroup: 'Unga som riskerar att dras in i kriminalitet',
      evidenceBasis: 'Nationell arbetsmodell för sociala insatsgrupper',
      evaluation: 'internal',
      evaluationNote:
        'Följd i uppföljningen 2020: 29 ungdomar sedan 2015, överlag mycket bra resultat.',
      problemIds: [ids.recruitment],
      goalIds: [ids.youth],
    },
    {
      name: 'Samkraft Huddinge',
      level: 'local',
      owner: 'Huddinge kommun',
      targetGroup: 'Barn och unga i förskola, grundskola och gymnasium',
      evidenceBasis: 'Samordnat förebyggande arbete mot kriminalitet, missbruk och psykisk ohälsa',
      evaluation: 'internal',
      evaluationNote:
        'Kommunen har utvärderat det samordnade preventionsarbetet riktat mot barn och unga.',
      problemIds: [ids.recruitment],
      goalIds: [ids.youth],
    },
    {
      name: 'Operativ samverkansgrupp (OSG)',
      level: 'local',
      owner: 'Kommunstyrelsens förvaltning',
      targetGroup: 'Trygghet och säkerhet i hela kommunen',
      evidenceBasis: 'Veckovis nulägesbild med polisen och räddningstjänsten',
      evaluation: 'none',
      problemIds: [ids.establishment],
      goalIds: [ids.areas, ids.capacity],
    },
    {
      name: 'Samverkansavtal med Polisområde Stockholm Syd och Södertörns Brandförsvarsförbund',
      level: 'local',
      owner: 'Kommunstyrelsen',
      targetGroup: 'Samverkan mellan kommunen, polisen och räddningstjänsten',
      evidenceBasis: 'Samverkansöverenskommelse enligt BRÅ:s arbetssätt',
      evaluation: 'planned',
      evaluationNote:
        'Skulle följas upp gemensamt med handlingsplanen; ingen uppföljning redovisad.',
      problemIds: [ids.establishment],
      goalIds: [ids.capacity],
      startedOn: '2015-10-12',
    },
    {
      name: 'Leverantörskontroll vid upphandling',
      level: 'local',
      owner: 'Upphandlingssektionen, kommunstyrelsens förvaltning',
      targetGroup: 'Leverantörer till kommunen',
      evidenceBasis: 'Skatteverkets vägledning om kontroll av leverantörer',
      evaluation: 'none',
      problemIds: [ids.procurement],
      goalIds: [ids.suppliers],
    },
    {
      name: 'Tillsammans mot brott – nationellt brottsförebyggande program',
      level: 'national',
      owner: 'Regeringen',
      targetGroup: 'Kommuner, myndigheter och civilsamhälle',
      evidenceBasis: 'Regeringens skrivelse 2016/17:126',
      evaluation: 'none',
    },
    {
      name: 'Program för trygghet och säkerhet 2018–2021',
      level: 'local',
      owner: 'Kommunfullmäktige',
      targetGroup: 'Alla som bor och vistas i Huddinge',
      evidenceBasis: '',
      evaluation: 'none',
      startedOn: '2018-01-01',
      endedOn: '2021-12-31',
    },
  ];
  for (const effort of efforts) await saveEffort(deps, operator, null, effort);
}
