// The floor of bench:turns: a bare node:http server that does a turn's database write (the same
// writeTurnPair statement, same Prisma client and driver) and nothing else: no Next, no session
// cookie, no reading of the session, no policy, no knowledge tracing. What a turn costs on this
// machine above this floor is what the app adds.
//   node --import tsx bench/turns-floor-server.ts <port> <database-url>
import http from "node:http";
import { createConnector } from "@/lib/db/open";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { loadProblemVersion } from "@/lib/sessions/load-problem";
import { writeTurnPair } from "@/lib/sessions/write-turn-pair";
import { takeTurn } from "@/lib/tutor/take-turn";
import type { SessionState } from "@/lib/tutor/types";

const [port, url] = process.argv.slice(2) as [string, string];
// The embedded database in its own thread, as the app server runs it.
const connector = createConnector(url, { poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10), thread: true });
const prisma = new PrismaClient({ adapter: connector.factory });
const counts = new Map<string, Promise<number>>();

async function main() {
  const any = await prisma.tutoringSession.findFirstOrThrow({ select: { problemVersionId: true, state: true } });
  const problem = await loadProblemVersion(prisma, any.problemVersionId);
  const sample = takeTurn(problem, any.state as unknown as SessionState, { kind: "message", text: "7" }, 0, {
    locale: "en",
  });
  const server = http.createServer((req, res) => {
    if (req.url === "/health") {
      res.end("ok");
      return;
    }
    let body = "";
    req.on("data", (c) => {
      body += c;
    });
    req.on("end", async () => {
      try {
        const { sessionId, studentId, key } = JSON.parse(body) as { sessionId: string; studentId: string; key: string };
        const read = async () =>
          (await prisma.tutoringSession.findUniqueOrThrow({ where: { id: sessionId }, select: { turnCount: true } }))
            .turnCount;
        const seq = await (counts.get(sessionId) ?? read());
        counts.set(sessionId, Promise.resolve(seq + 2));
        const ok = await writeTurnPair(prisma, {
          sessionId,
          studentId,
          seq,
          studentText: "7",
          studentStep: 0,
          idempotencyKey: key,
          tutor: sample.turn,
          engine: "floor",
          next: sample.decision.next,
          attempt: null,
        });
        res.writeHead(ok ? 200 : 409, { "content-type": "application/json" });
        res.end(JSON.stringify({ ok }));
      } catch (e) {
        res.writeHead(500);
        res.end(String(e));
      }
    });
  });
  server.listen(Number(port), "127.0.0.1");
  process.on("SIGTERM", async () => {
    server.close();
    await prisma.$disconnect();
    await connector.close();
    process.exit(0);
  });
}
main().catch((e) => {
  console.error(e);
  process.exit(1);
});
