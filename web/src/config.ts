// The deployment's settings, read at start-up from /config.json (served beside the build), so
// one build serves any gateway.
export interface RuntimeConfig {
  graphqlUrl: string;
}

export async function loadConfig(): Promise<RuntimeConfig> {
  // the same request as index.html's preload, so the browser reuses that answer
  const response = await fetch("/config.json");
  if (!response.ok) throw new Error(`config.json: HTTP ${response.status}`);
  return (await response.json()) as RuntimeConfig;
}
