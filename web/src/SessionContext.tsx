// Who is signed in, for every page: the token (sessionStorage) and the account's role.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { storeSession, storedSession, type StoredSession } from "./session";

interface Session {
  token: string | null;
  role: string | null;
  signIn: (session: StoredSession) => void;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [current, setCurrent] = useState(storedSession);
  const signIn = useCallback((next: StoredSession) => {
    storeSession(next);
    setCurrent(next);
  }, []);
  const signOut = useCallback(() => {
    storeSession(null);
    setCurrent(null);
  }, []);
  const value = useMemo(
    () => ({ token: current?.token ?? null, role: current?.role ?? null, signIn, signOut }),
    [current, signIn, signOut],
  );
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}
