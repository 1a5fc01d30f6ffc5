import { lazy, Suspense, type ReactNode } from 'react';
import { BrowserRouter, Navigate, Route, Routes } from 'react-router';
import { FullPageLoader } from '../components/full-page-loader';
import { RequireSignIn } from '../components/require-sign-in';

// Every page is its own chunk, so the sign-in page does not pay for the administration.
const AppLayout = lazy(() => import('../components/app-layout'));
const LoginPage = lazy(() => import('../routes/login-page'));
const InvitationPage = lazy(() => import('../routes/invitation-page'));
const SecondFactorPage = lazy(() => import('../routes/second-factor-page'));
const PasswordResetPage = lazy(() => import('../routes/password-reset-page'));
const StartPage = lazy(() => import('../routes/start-page'));
const PartnershipPage = lazy(() => import('../routes/partnership/partnership-page'));
const MeetingPage = lazy(() => import('../routes/partnership/meeting-page'));
const AccountPage = lazy(() => import('../routes/account-page'));
const NotFoundPage = lazy(() => import('../routes/not-found-page'));
const AdministrationLayout = lazy(() => import('../routes/administration/administration-layout'));
const OrganisationsTab = lazy(() => import('../routes/administration/organisations-tab'));
const UsersTab = lazy(() => import('../routes/administration/users-tab'));
const AuditLogTab = lazy(() => import('../routes/administration/audit-log-tab'));
const SignInTab = lazy(() => import('../routes/administration/sign-in-tab'));
const SituationLayout = lazy(() => import('../routes/situation/situation-layout'));
const PicturePage = lazy(() => import('../routes/situation/picture-page'));
const ReportPage = lazy(() => import('../routes/situation/report/report-page'));
const ReviewPage = lazy(() => import('../routes/situation/review-page'));
const IncidentsPage = lazy(() => import('../routes/situation/incidents-page'));
const IncidentPage = lazy(() => import('../routes/situation/incident-page'));
const PicturePrintPage = lazy(() => import('../routes/situation/picture-print-page'));
const DistrictLayersPage = lazy(() => import('../routes/situation/layers/district-layers-page'));
const ImportPage = lazy(() => import('../routes/situation/import/import-page'));
const SignalsPage = lazy(() => import('../routes/situation/signals/signals-page'));
const SignalPage = lazy(() => import('../routes/situation/signals/signal-page'));
const PlansPage = lazy(() => import('../routes/plans/plans-page'));
const PlanPage = lazy(() => import('../routes/plans/plan-page'));
const RoundPage = lazy(() => import('../routes/follow-up/round-page'));
const FollowUpReportPage = lazy(() => import('../routes/follow-up/report-page'));
const MyTasksPage = lazy(() => import('../routes/follow-up/my-tasks-page'));
const ProgrammesPage = lazy(() => import('../routes/interventions/programmes-page'));
const InterventionCasePage = lazy(() => import('../routes/interventions/case-page'));
const AgreementsPage = lazy(() => import('../routes/partnership/agreements/agreements-page'));
const AgreementPage = lazy(() => import('../routes/partnership/agreements/agreement-page'));
const SuppliersPage = lazy(() => import('../routes/suppliers/suppliers-page'));
const SupplierPage = lazy(() => import('../routes/suppliers/supplier-page'));
const ContractPage = lazy(() => import('../routes/suppliers/contract-page'));
const OnboardingPage = lazy(() => import('../routes/places/onboarding-page'));
const LayerPage = lazy(() => import('../routes/places/layer-page'));
const InstallationPage = lazy(() => import('../routes/places/installation-page'));
const AboutPage = lazy(() => import('../routes/places/about-page'));
const NearRepeatPage = lazy(() => import('../routes/situation/early-warning/near-repeat-page'));
const BadgesPage = lazy(() => import('../routes/badges-page'));
const EarlyWarningSettingsPage = lazy(
  () => import('../routes/situation/early-warning/early-warning-settings-page'),
);

function page(element: ReactNode) {
  return <Suspense fallback={<FullPageLoader />}>{element}</Suspense>;
}

/**
 * Paths are Swedish, as people read them in the address bar and in e-mailed links. The
 * declarative router (not the data router) keeps the first download small: data comes from
 * react-query, not from route loaders.
 */
export function AppRoutes() {
  return (
    <BrowserRouter>
      <Routes>
        <Route path="/logga-in" element={page(<LoginPage />)} />
        <Route path="/inbjudan" element={page(<InvitationPage />)} />
        <Route path="/andra-faktor" element={page(<SecondFactorPage />)} />
        <Route path="/aterstall-losenord" element={page(<PasswordResetPage />)} />
        <Route path="/om-tryggve" element={page(<AboutPage />)} />
        <Route element={<RequireSignIn>{page(<AppLayout />)}</RequireSignIn>}>
          <Route index element={<StartPage />} />
          {/* The situation picture and its parts; the layout checks each part's roles. */}
          <Route element={<SituationLayout />}>
            <Route path="lagesbild" element={<PicturePage />} />
            <Route path="lagesbild/utskrift" element={<PicturePrintPage />} />
            <Route path="lagesbild/granska" element={<ReviewPage />} />
            <Route path="lagesbild/handelser" element={<IncidentsPage />} />
            <Route path="lagesbild/handelser/:id" element={<IncidentPage />} />
            <Route path="lagesbild/import" element={<ImportPage />} />
            <Route path="lagesbild/omraden" element={<DistrictLayersPage />} />
            <Route path="lagesbild/omraden/:id" element={<LayerPage />} />
            <Route path="lagesbild/signaler" element={<SignalsPage />} />
            <Route path="lagesbild/signaler/:id" element={<SignalPage />} />
            <Route path="lagesbild/tidig-varning" element={<EarlyWarningSettingsPage />} />
            <Route path="lagesbild/nara-upprepning" element={<NearRepeatPage />} />
            <Route path="rapportera" element={<ReportPage />} />
          </Route>
          <Route path="handlingsplaner" element={<PlansPage />} />
          <Route path="handlingsplaner/:id" element={<PlanPage />} />
          <Route path="uppfoljning/:id" element={<RoundPage />} />
          <Route path="uppfoljning/rapporter/:id" element={<FollowUpReportPage />} />
          <Route path="mina-uppgifter" element={<MyTasksPage />} />
          <Route path="individinsatser" element={<ProgrammesPage />} />
          <Route path="individinsatser/arenden/:id" element={<InterventionCasePage />} />
          {/* The reminder job's mails link to /follow-up (issue 5): the person's tasks. */}
          <Route path="follow-up" element={<Navigate to="/mina-uppgifter" replace />} />
          <Route path="samverkan" element={<PartnershipPage />} />
          <Route path="samverkan/moten/:id" element={<MeetingPage />} />
          <Route path="samverkan/overenskommelser" element={<AgreementsPage />} />
          <Route path="samverkan/overenskommelser/:id" element={<AgreementPage />} />
          <Route path="leverantorer" element={<SuppliersPage />} />
          <Route path="leverantorer/avtal/:id" element={<ContractPage />} />
          <Route path="leverantorer/:id" element={<SupplierPage />} />
          <Route path="konto" element={<AccountPage />} />
          {/* Every badge variant, for the accessibility check (issue 16); not in the menu. */}
          <Route path="markeringar" element={<BadgesPage />} />
          <Route path="kom-igang" element={<OnboardingPage />} />
          <Route path="installation" element={<InstallationPage />} />
          {/* The layout opens the first tab for /administration and unknown parts of it. */}
          <Route path="administration" element={<AdministrationLayout />}>
            <Route path="organisationer" element={<OrganisationsTab />} />
            <Route path="anvandare" element={<UsersTab />} />
            <Route path="inloggning" element={<SignInTab />} />
            <Route path="granskningslogg" element={<AuditLogTab />} />
            <Route path="*" element={null} />
          </Route>
          <Route path="*" element={<NotFoundPage />} />
        </Route>
      </Routes>
    </BrowserRouter>
  );
}
