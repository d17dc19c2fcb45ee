import fs from "node:fs";
import { type AnswerKeyEntry, type FakeMode, startFakeOpenAI } from "./fake-openai-server";

/**
 * `npx tsx lib/ai/testing/fake-openai-server.cli.ts --port 4010`: the fake server for browser
 * tests (point AI_BASE_URL at the printed URL). Runs until killed.
 * `--answer-key key.json` (an AnswerKeyEntry[]) and `--mode <mode>` start it as an adversarial
 * provider (see adversary.ts); `--chunk-delay <ms>` paces the stream.
 */
const flag = (name: string) => {
  const at = process.argv.indexOf(`--${name}`);
  return at >= 0 ? process.argv[at + 1] : undefined;
};
const port = Number(flag("port") ?? 4010);
const delay = flag("chunk-delay");
const keyPath = flag("answer-key");
const answerKey = keyPath ? (JSON.parse(fs.readFileSync(keyPath, "utf8")) as AnswerKeyEntry[]) : undefined;

startFakeOpenAI({
  port,
  chunkDelayMs: delay !== undefined ? Number(delay) : undefined,
  answerKey,
  mode: flag("mode") as FakeMode | undefined,
})
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
