import { startFakeOpenAI } from "./fake-openai-server";

/**
 * `npx tsx lib/ai/testing/fake-openai-server.cli.ts --port 4010`: the fake server for browser
 * tests (point AI_BASE_URL at the printed URL). Runs until killed.
 */
const at = process.argv.indexOf("--port");
const port = at >= 0 ? Number(process.argv[at + 1]) : 4010;
const delay = process.argv.indexOf("--chunk-delay");

startFakeOpenAI({ port, chunkDelayMs: delay >= 0 ? Number(process.argv[delay + 1]) : undefined })
  .then((server) => {
    console.log(`fake-openai listening on ${server.url}`);
    const stop = () => void server.close().then(() => process.exit(0));
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  })
  .catch((err: unknown) => {
    console.error(err);
    process.exit(1);
  });
