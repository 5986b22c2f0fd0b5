// Start-up: read the deployment's config, then render the app. Mantine writes no <style>
// element (the page's CSP allows none): its variables and global classes come from mantine.css.
import "./mantine.css";
import "./app.css";
import { MantineProvider } from "@mantine/core";
import { StrictMode } from "react";
import { createRoot } from "react-dom/client";
import { BrowserRouter } from "react-router";
import { App } from "./App";
import { GraphQLProvider } from "./client";
import { loadConfig } from "./config";
import { SessionProvider } from "./SessionContext";

const root = createRoot(document.getElementById("root")!);

loadConfig().then(
  (config) =>
    root.render(
      <StrictMode>
        <MantineProvider withCssVariables={false} withGlobalClasses={false}>
          <SessionProvider>
            <GraphQLProvider graphqlUrl={config.graphqlUrl}>
              <BrowserRouter>
                <App />
              </BrowserRouter>
            </GraphQLProvider>
          </SessionProvider>
        </MantineProvider>
      </StrictMode>,
    ),
  () =>
    root.render(
      <p role="alert" className="startup-error">
        Smart Pick could not start. Please reload the page.
      </p>,
    ),
);
