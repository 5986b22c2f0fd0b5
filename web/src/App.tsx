// The page frame and the routes. The landing page (try it) comes with the app; every other page
// is its own chunk, loaded when first visited.
import { Anchor, Container, Group, Loader, Text } from "@mantine/core";
import { lazy, Suspense } from "react";
import { Link, NavLink, Route, Routes } from "react-router";
import { NotificationBell } from "./components/notifications/NotificationBell";
import TryPage from "./pages/try/TryPage";
import { useSession } from "./SessionContext";

const ModelPage = lazy(() => import("./pages/model/ModelPage"));
const NotificationsPage = lazy(() => import("./pages/notifications/NotificationsPage"));
const NotificationPreferencesPage = lazy(() => import("./pages/settings/NotificationPreferencesPage"));
const NotFoundPage = lazy(() => import("./pages/NotFoundPage"));

function Navigation() {
  return (
    <nav aria-label="Main" className="nav">
      <Group gap="sm" wrap="wrap">
        <NavLink to="/" end>Try it</NavLink>
        <NavLink to="/model">The model</NavLink>
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
            <Route path="/model" element={<ModelPage />} />
            <Route path="/notifications" element={<NotificationsPage />} />
            <Route path="/settings/notifications" element={<NotificationPreferencesPage />} />
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
