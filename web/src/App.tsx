// The page frame and the routes. The landing page (try it) comes with the app; every other page
// is its own chunk, loaded when first visited.
import { Anchor, Container, Group, Loader, Text } from "@mantine/core";
import { lazy, Suspense } from "react";
import { Link, NavLink, Route, Routes } from "react-router";
import { OrganizationNav } from "./components/organization/OrganizationNav";
import TryPage from "./pages/try/TryPage";

const ModelPage = lazy(() => import("./pages/model/ModelPage"));
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
  return (
    <nav aria-label="Main" className="nav">
      <Group gap="sm" wrap="wrap">
        <NavLink to="/" end>Try it</NavLink>
        <NavLink to="/model">The model</NavLink>
        <OrganizationNav />
      </Group>
    </nav>
  );
}

export function App() {
  return (
    <>
      <a className="skip-link" href="#main">Skip to content</a>
      <header className="header">
        <Container size="lg" className="header-inner">
          <Anchor component={Link} to="/" fw={700} size="lg" underline="never">Smart Pick</Anchor>
          <Navigation />
        </Container>
      </header>
      <Container size="lg" component="main" id="main" className="main">
        <Suspense fallback={<Group justify="center" p="xl"><Loader aria-label="Loading page" /></Group>}>
          <Routes>
            <Route path="/" element={<TryPage />} />
            <Route path="/model" element={<ModelPage />} />
            <Route path="/organization/simulations" element={<SimulationsPage />} />
            <Route path="/organization/simulations/:id" element={<SimulationPage />} />
            <Route path="/organization/members" element={<MembersPage />} />
            <Route path="/organization/cohorts" element={<CohortsPage />} />
            <Route path="/organization/cohorts/:id" element={<CohortPage />} />
            <Route path="/organization/webhooks" element={<WebhooksPage />} />
            <Route path="/organization/webhooks/:id" element={<EndpointPage />} />
            <Route path="/organization/ledger/:eventId" element={<LedgerPage />} />
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
