// The signed-in account's bearer token, kept for this tab only (sessionStorage): closing the
// tab signs out, and no other tab or site reads it.
const KEY = "smartpick.token";

export function storedToken(): string | null {
  return sessionStorage.getItem(KEY);
}

export function storeToken(token: string | null): void {
  if (token) sessionStorage.setItem(KEY, token);
  else sessionStorage.removeItem(KEY);
}
