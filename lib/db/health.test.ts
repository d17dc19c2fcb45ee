import { describe, expect, it } from "vitest";
import { checkDatabaseHealth, databaseFailureReason } from "./health";
import { DatabaseLockedError } from "./pglite-lock";

const locked = () =>
  new DatabaseLockedError("/srv/data/stepwise", { pid: 4242, host: "h", command: "next", since: "t" });

describe("the health payload", () => {
  it("is ok when the probe answers", async () => {
    expect(await checkDatabaseHealth(async () => [{ "?column?": 1 }])).toEqual({ status: 200, body: { ok: true } });
  });

  it("says the embedded database is locked, and by which pid", async () => {
    const r = await checkDatabaseHealth(async () => {
      throw locked();
    });
    expect(r.status).toBe(503);
    expect(r.body).toEqual({ ok: false, reason: "database locked by another process (pid 4242)" });
  });

  it("finds the lock error when wrapped, or from another bundle's copy of the class", () => {
    expect(databaseFailureReason(new Error("wrapped", { cause: locked() }))).toBe(
      "database locked by another process (pid 4242)",
    );
    const copy = Object.assign(new Error("x"), { name: "DatabaseLockedError", holderPid: 7 });
    expect(databaseFailureReason(copy)).toBe("database locked by another process (pid 7)");
  });

  it("does not pass other errors' text on", async () => {
    const r = await checkDatabaseHealth(async () => {
      throw new Error("connect ECONNREFUSED postgres://admin:secret@db:5432/stepwise");
    });
    expect(r.body).toEqual({ ok: false, reason: "database unavailable" });
    expect(JSON.stringify(r.body)).not.toContain("secret");
  });

  it("gives up on a probe that hangs", async () => {
    const started = Date.now();
    const r = await checkDatabaseHealth(() => new Promise(() => {}), 50);
    expect(r).toMatchObject({ status: 503, body: { ok: false, reason: "database did not answer within 0.05 s" } });
    expect(Date.now() - started).toBeLessThan(1_000);
  });
});
