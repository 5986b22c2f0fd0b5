// Runs the graphql-http server audit against the GraphQL URL given as the only argument and
// prints one JSON line per audit: {id, name, status, reason}. MUST audits fail as "error",
// SHOULD audits as "warn", MAY audits as "notice".
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url });
for (const { id, name, status, reason } of results) {
  console.log(JSON.stringify({ id, name, status, reason: reason ?? null }));
}
