// Checks webhook messages with the npm standardwebhooks library, an implementation independent of
// ours. Reads one JSON line per message on stdin: {secret, headers, body}, where body is the raw
// body in base64 so the library gets exactly the bytes received. Prints one JSON line for each:
// {accepted: true} or {accepted: false, error: "<the library's message>"}.
import { createInterface } from 'node:readline';
import { Webhook } from 'standardwebhooks';

for await (const line of createInterface({ input: process.stdin })) {
  if (!line.trim()) continue;
  const { secret, headers, body } = JSON.parse(line);
  try {
    new Webhook(secret).verify(Buffer.from(body, 'base64'), headers);
    console.log(JSON.stringify({ accepted: true }));
  } catch (error) {
    console.log(JSON.stringify({ accepted: false, error: String(error.message ?? error) }));
  }
}
