// Who is signed in, for every page: the token (sessionStorage) and the account it came with.
import { createContext, useCallback, useContext, useMemo, useState, type ReactNode } from "react";
import { storeToken, storedToken } from "./session";

interface Session {
  token: string | null;
  signIn: (token: string) => void;
  signOut: () => void;
}

const SessionContext = createContext<Session | null>(null);

export function SessionProvider({ children }: { children: ReactNode }) {
  const [token, setToken] = useState(storedToken);
  const signIn = useCallback((next: string) => {
    storeToken(next);
    setToken(next);
  }, []);
  const signOut = useCallback(() => {
    storeToken(null);
    setToken(null);
  }, []);
  const value = useMemo(() => ({ token, signIn, signOut }), [token, signIn, signOut]);
  return <SessionContext.Provider value={value}>{children}</SessionContext.Provider>;
}

export function useSession(): Session {
  const session = useContext(SessionContext);
  if (!session) throw new Error("useSession outside SessionProvider");
  return session;
}
