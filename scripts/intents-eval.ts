// npm run intents:eval [-- --errors]: reads every labelled student message in lib/tutor/intents
// with readStudentMessage and prints accuracy, per-label recall/precision and the confusion
// matrix for the dataset corpus (all, tuning half, held-out half) and for the written edge cases,
// then one JSON line with the figures. --errors also lists every message read wrongly.
import { evaluate, formatEvaluation, loadCorpus, loadWritten, splitOf } from "@/lib/tutor/intents/evaluate";

const showErrors = process.argv.includes("--errors");
const corpus = loadCorpus();
const runs = {
  corpus: evaluate(corpus),
  tune: evaluate(corpus.filter((r) => splitOf(r.source) === "tune")),
  held_out: evaluate(corpus.filter((r) => splitOf(r.source) === "held_out")),
  written: evaluate(loadWritten()),
};
const titles: Record<keyof typeof runs, string> = {
  corpus: "Dataset corpus (MathDial + CLASS student messages)",
  tune: "  tuning half (even problem ids)",
  held_out: "  held-out half (odd problem ids)",
  written: "Written edge cases (hand-written, not data)",
};
for (const [k, e] of Object.entries(runs) as [keyof typeof runs, (typeof runs)[keyof typeof runs]][]) {
  console.log(`${formatEvaluation(titles[k], e)}\n`);
  if (showErrors)
    for (const x of e.errors) console.log(`  ${x.gold} read as ${x.read} [${x.source}]: ${x.text.slice(0, 160)}`);
}
const round = (x: number | null) => (x === null ? null : Math.round(x * 1000) / 1000);
console.log(
  JSON.stringify(
    Object.fromEntries(
      Object.entries(runs).map(([k, e]) => [
        k,
        {
          n: e.n,
          accuracy: round(e.accuracy),
          requestsReadAsAnswer: e.requestsReadAsAnswer,
          answersNotGraded: e.answersNotGraded,
          recall: Object.fromEntries(
            Object.entries(e.perLabel)
              .filter(([, s]) => s.n > 0)
              .map(([l, s]) => [l, round(s.recall)]),
          ),
        },
      ]),
    ),
  ),
);
