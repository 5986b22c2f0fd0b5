// The signed-in account's bearer token and role, kept for this tab only (sessionStorage):
// closing the tab signs out, and no other tab or site reads them.
const TOKEN = "smartpick.token";
const ROLE = "smartpick.role";

export interface StoredSession {
  token: string;
  role: string;
}

export function storedSession(): StoredSession | null {
  const token = sessionStorage.getItem(TOKEN);
  return token ? { token, role: sessionStorage.getItem(ROLE) ?? "APPLICANT" } : null;
}

export function storeSession(session: StoredSession | null): void {
  if (session) {
    sessionStorage.setItem(TOKEN, session.token);
    sessionStorage.setItem(ROLE, session.role);
  } else {
    sessionStorage.removeItem(TOKEN);
    sessionStorage.removeItem(ROLE);
  }
}
