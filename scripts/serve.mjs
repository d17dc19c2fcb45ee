// npm start [-- -p 3000 -H 0.0.0.0]: the production server. Next's own server (`next start`),
// with one difference: a request the app answers without Next's routing (the student's turn,
// lib/http/node-routes.ts, decision 027) is answered first; everything else goes to Next as
// before. The app registers those routes at start (instrumentation.ts); until it has, and with
// TURN_ROUTE_OUTSIDE_NEXT=0, every request goes to Next.
import http from "node:http";
import next from "next";

function option(names, fallback) {
  const args = process.argv.slice(2);
  for (let i = 0; i < args.length; i++) {
    const [flag, inline] = args[i].split("=", 2);
    if (names.includes(flag)) return inline ?? args[i + 1];
  }
  return fallback;
}

const port = Number(option(["-p", "--port"], process.env.PORT ?? "3000"));
// Without -H, every interface (IPv4 and IPv6), as `next start`. (Not $HOSTNAME: shells set it to
// the machine's name.)
const hostname = option(["-H", "--hostname"], undefined);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`Not a port: ${port}`);
  process.exit(1);
}

const app = next({ dev: false, dir: process.cwd(), hostname, port });
const handle = app.getRequestHandler();
const routes = Symbol.for("stepwise.node-routes");

await app.prepare();
const server = http.createServer((req, res) => {
  if (globalThis[routes]?.answer(req, res)) return;
  handle(req, res);
});
// As `next start`: idle keep-alive connections outlive a proxy's (which are commonly 60 s).
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => {
  console.log(`Stepwise is serving on http://${hostname && hostname !== "0.0.0.0" ? hostname : "localhost"}:${port}`);
});

// Stop cleanly (exit handlers run: runtime stats, the database's lock) on the usual signals.
for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close();
    process.exit(0);
  });
}
