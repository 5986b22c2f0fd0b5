// The page frame and the routes. The landing page (try it) comes with the app; every other page
// is its own chunk, loaded when first visited.
import { Anchor, Button, Container, Group, Loader, Text } from "@mantine/core";
import { lazy, Suspense } from "react";
import { Link, NavLink, Route, Routes, useNavigate } from "react-router";
import { NotificationBell } from "./components/notifications/NotificationBell";
import { OrganizationNav } from "./components/organization/OrganizationNav";
import TryPage from "./pages/try/TryPage";
import { useSession } from "./SessionContext";

const SignUpPage = lazy(() => import("./pages/auth/SignUpPage"));
const SignInPage = lazy(() => import("./pages/auth/SignInPage"));
const ProfilePage = lazy(() => import("./pages/profile/ProfilePage"));
const RecommendationsPage = lazy(() => import("./pages/recommendations/RecommendationsPage"));
const PlanPage = lazy(() => import("./pages/plan/PlanPage"));
const ModelPage = lazy(() => import("./pages/model/ModelPage"));
const MentorSearchPage = lazy(() => import("./pages/mentors/MentorSearchPage"));
const MentorshipPage = lazy(() => import("./pages/mentorships/MentorshipPage"));
const MentoringPage = lazy(() => import("./pages/mentoring/MentoringPage"));
const NotificationsPage = lazy(() => import("./pages/notifications/NotificationsPage"));
const NotificationPreferencesPage = lazy(() => import("./pages/settings/NotificationPreferencesPage"));
const VerifyEmailPage = lazy(() => import("./pages/verify/VerifyEmailPage"));
const NotFoundPage = lazy(() => import("./pages/NotFoundPage"));
const SimulationsPage = lazy(() => import("./pages/organization/simulations/SimulationsPage"));
const SimulationPage = lazy(() => import("./pages/organization/simulations/SimulationPage"));
const MembersPage = lazy(() => import("./pages/organization/members/MembersPage"));
const CohortsPage = lazy(() => import("./pages/organization/cohorts/CohortsPage"));
const CohortPage = lazy(() => import("./pages/organization/cohorts/CohortPage"));
const WebhooksPage = lazy(() => import("./pages/organization/webhooks/WebhooksPage"));
const EndpointPage = lazy(() => import("./pages/organization/webhooks/EndpointPage"));
const LedgerPage = lazy(() => import("./pages/organization/webhooks/LedgerPage"));

function Navigation() {
  const { token, role, signOut } = useSession();
  const navigate = useNavigate();
  return (
    <nav aria-label="Main" className="nav">
      <Group gap="sm" wrap="wrap">
        <NavLink to="/" end>Try it</NavLink>
        {token ? (
          <>
            <NavLink to="/profile">Profile</NavLink>
            {role === "APPLICANT" && (
              <>
                <NavLink to="/recommendations">Recommendations</NavLink>
                <NavLink to="/plan">Plan</NavLink>
                <NavLink to="/mentors">Mentors</NavLink>
              </>
            )}
            {role === "MENTOR" && <NavLink to="/mentoring">Mentoring</NavLink>}
            <OrganizationNav />
            <Button variant="subtle" size="compact-sm" onClick={() => { signOut(); navigate("/"); }}>
              Sign out
            </Button>
          </>
        ) : (
          <>
            <NavLink to="/sign-in">Sign in</NavLink>
            <NavLink to="/sign-up">Sign up</NavLink>
          </>
        )}
      </Group>
    </nav>
  );
}

export function App() {
  const { token } = useSession();
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="header">
        <Container size="lg" className="header-inner">
          <Anchor component={Link} to="/" fw={700} size="lg" underline="never">Smart Pick</Anchor>
          <Navigation />
          {token && <NotificationBell />}
        </Container>
      </header>
      <Container size="lg" component="main" id="main" className="main">
        <Suspense fallback={<Group justify="center" p="xl"><Loader aria-label="Loading page" /></Group>}>
          <Routes>
            <Route path="/" element={<TryPage />} />
            <Route path="/sign-up" element={<SignUpPage />} />
            <Route path="/sign-in" element={<SignInPage />} />
            <Route path="/profile" element={<ProfilePage />} />
            <Route path="/recommendations" element={<RecommendationsPage />} />
            <Route path="/plan" element={<PlanPage />} />
            <Route path="/model" element={<ModelPage />} />
            <Route path="/mentors" element={<MentorSearchPage />} />
            <Route path="/mentorships/:id" element={<MentorshipPage />} />
            <Route path="/mentoring" element={<MentoringPage />} />
            <Route path="/notifications" element={<NotificationsPage />} />
            <Route path="/settings/notifications" element={<NotificationPreferencesPage />} />
            <Route path="/organization/simulations" element={<SimulationsPage />} />
            <Route path="/organization/simulations/:id" element={<SimulationPage />} />
            <Route path="/organization/members" element={<MembersPage />} />
            <Route path="/organization/cohorts" element={<CohortsPage />} />
            <Route path="/organization/cohorts/:id" element={<CohortPage />} />
            <Route path="/organization/webhooks" element={<WebhooksPage />} />
            <Route path="/organization/webhooks/:id" element={<EndpointPage />} />
            <Route path="/organization/ledger/:eventId" element={<LedgerPage />} />
            <Route path="/verify-email" element={<VerifyEmailPage />} />
            <Route path="*" element={<NotFoundPage />} />
          </Routes>
        </Suspense>
      </Container>
      <footer className="footer">
        <Container size="lg">
          <Text size="xs" c="dimmed">
            Chances are estimates from published NRMP and ECFMG figures. <Anchor component={Link} to="/model" size="xs" underline="always">How the model works</Anchor>
          </Text>
        </Container>
      </footer>
    </>
  );
}
