import type { PrismaClient } from "@/lib/generated/prisma/client";

/**
 * A client that counts the calls of one model method (e.g. attempt.findMany) made through it and
 * passes everything else through: for tests of how many reads a path makes.
 */
export function countCalls<M extends keyof PrismaClient & string>(
  prisma: PrismaClient,
  model: M,
  method: string,
): { client: PrismaClient; calls: () => number } {
  let n = 0;
  const delegate = new Proxy(prisma[model] as object, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== method || typeof value !== "function") return value;
      return (...args: unknown[]) => {
        n++;
        return value.apply(target, args);
      };
    },
  });
  const client = new Proxy(prisma, {
    get: (target, key, receiver) => (key === model ? delegate : Reflect.get(target, key, receiver)),
  });
  return { client, calls: () => n };
}

/** A client that counts its own `$queryRaw` calls (one statement each) and passes everything through. */
export function countRawReads(prisma: PrismaClient): { client: PrismaClient; calls: () => number } {
  let n = 0;
  const client = new Proxy(prisma, {
    get(target, key, receiver) {
      const value = Reflect.get(target, key, receiver);
      if (key !== "$queryRaw" || typeof value !== "function") return value;
      return (...args: unknown[]) => {
        n++;
        return value.apply(target, args);
      };
    },
  });
  return { client, calls: () => n };
}
