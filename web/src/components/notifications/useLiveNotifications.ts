// Keeps every list of notices current while the app is open: each notice of the gateway's
// subscription refreshes them (NOTICE_LISTS). Without a live feed on this gateway
// (LIVE_FEED_OFF), or once the socket gives up, `reload` polls instead; RESYNC_REQUIRED means
// notices were missed: reload, then subscribe again.
import { useEffect, useState } from "react";
import { useSubscription } from "urql";
import { errorCode } from "../../errors";
import { NOTICE_LISTS, NotificationAddedSubscription } from "./operations";

const POLL_MS = 30_000;

export function useLiveNotifications(reload: () => void): void {
  const [polling, setPolling] = useState(false);
  const [{ error }, subscribe] = useSubscription({
    query: NotificationAddedSubscription, pause: polling, context: NOTICE_LISTS,
  });

  useEffect(() => {
    if (!error) return;
    reload();
    if (errorCode(error) === "RESYNC_REQUIRED") subscribe();
    else setPolling(true);
  }, [error, reload, subscribe]);

  useEffect(() => {
    if (!polling) return;
    const timer = window.setInterval(reload, POLL_MS);
    return () => window.clearInterval(timer);
  }, [polling, reload]);
}
