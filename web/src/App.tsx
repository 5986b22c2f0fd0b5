// The page frame and the routes. The landing page (try it) comes with the app; every other page
// is its own chunk, loaded when first visited.
import { Anchor, Container, Group, Loader, Text } from "@mantine/core";
import { lazy, Suspense } from "react";
import { Link, NavLink, Route, Routes } from "react-router";
import TryPage from "./pages/try/TryPage";

const ModelPage = lazy(() => import("./pages/model/ModelPage"));
const MentorSearchPage = lazy(() => import("./pages/mentors/MentorSearchPage"));
const MentorshipPage = lazy(() => import("./pages/mentorships/MentorshipPage"));
const MentoringPage = lazy(() => import("./pages/mentoring/MentoringPage"));
const NotFoundPage = lazy(() => import("./pages/NotFoundPage"));

function Navigation() {
  return (
    <nav aria-label="Main" className="nav">
      <Group gap="sm" wrap="wrap">
        <NavLink to="/" end>Try it</NavLink>
        <NavLink to="/model">The model</NavLink>
        <NavLink to="/mentors">Mentors</NavLink>
        <NavLink to="/mentoring">Mentoring</NavLink>
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
            <Route path="/mentors" element={<MentorSearchPage />} />
            <Route path="/mentorships/:id" element={<MentorshipPage />} />
            <Route path="/mentoring" element={<MentoringPage />} />
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
