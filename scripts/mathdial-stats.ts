// npx tsx scripts/mathdial-stats.ts [path/to/dev.jsonl] [--show]: imports MathDial records and
// prints steps per problem (per record and per distinct problem), how the step prompts were
// made, and the content checker's totals. --show also prints every converted problem.
import fs from "node:fs";
import path from "node:path";
import { checkProblem } from "@/lib/content/check-problem";
import { convertMathDial, promptRules } from "@/lib/content/importers/mathdial";

const args = process.argv.slice(2);
const file = args.find((a) => !a.startsWith("--")) ?? path.resolve(__dirname, "../../shared/data/mathdial/dev.jsonl");
const show = args.includes("--show");
const text = fs.readFileSync(file, "utf8");
const records = text.split("\n").filter((l) => l.trim());

const { bundle, skipped } = convertMathDial({ path: path.basename(file), text });
const problems = bundle.problemSets.flatMap((s) => s.problems);
const byKey = new Map(problems.map((p) => [p.key, p]));

const stats = (xs: number[]) => ({
  n: xs.length,
  mean: Number((xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length)).toFixed(2)),
  min: Math.min(...xs),
  max: Math.max(...xs),
});
const perRecord = records.map(
  (l) => byKey.get(`mathdial-${(JSON.parse(l) as { qid: number }).qid}`)?.steps.length ?? 0,
);
const perProblem = problems.map((p) => p.steps.length);

const rules = new Map<string, number>();
for (const list of promptRules.values()) for (const r of list) rules.set(r, (rules.get(r) ?? 0) + 1);

const total = {
  problems: problems.length,
  passed: 0,
  dead_ends: 0,
  false_rejections: 0,
  false_acceptances: 0,
  early_reveals: 0,
};
const failures: string[] = [];
for (const p of problems) {
  const r = checkProblem(p);
  if (r.problems.length === 0) total.passed++;
  total.dead_ends += r.deadEnds;
  total.false_rejections += r.falseRejections;
  total.false_acceptances += r.falseAcceptances;
  total.early_reveals += r.earlyReveals;
  failures.push(...r.problems.map((m) => `${p.key}: ${m}`));
  if (show) {
    console.log(`\n## ${p.key}: ${p.statement}`);
    for (const [i, s] of p.steps.entries()) {
      const rule = promptRules.get(p.key.replace(/^mathdial-/, ""))?.[i] ?? "";
      console.log(`  ${i + 1}. [${rule}] ${s.prompt}   => ${JSON.stringify(s.answer)}`);
      for (const h of s.hints) console.log(`       ${h.kind}: ${h.text}`);
      for (const w of s.wrongAnswers) console.log(`       wrong ${w.match}: ${w.feedback}`);
    }
  }
}

// The same check per record: each of the file's records converted on its own (its own dialogue's
// wrong answers only), so that the totals cover every record, not only every distinct problem.
const perRecordTotal = {
  records: records.length,
  passed: 0,
  dead_ends: 0,
  false_rejections: 0,
  false_acceptances: 0,
  early_reveals: 0,
};
for (const line of records) {
  const one = convertMathDial({ path: "record.jsonl", text: line }).bundle.problemSets[0]?.problems[0];
  if (!one) continue;
  const r = checkProblem(one);
  if (r.problems.length === 0) perRecordTotal.passed++;
  perRecordTotal.dead_ends += r.deadEnds;
  perRecordTotal.false_rejections += r.falseRejections;
  perRecordTotal.false_acceptances += r.falseAcceptances;
  perRecordTotal.early_reveals += r.earlyReveals;
}

console.log(
  JSON.stringify(
    {
      file: path.basename(file),
      records: records.length,
      skipped: skipped.length,
      steps_per_record: stats(perRecord),
      steps_per_problem: stats(perProblem),
      one_step_problems: perProblem.filter((n) => n === 1).length,
      steps_total: perProblem.reduce((a, b) => a + b, 0),
      wrong_answers_total: problems.reduce((n, p) => n + p.steps.reduce((m, s) => m + s.wrongAnswers.length, 0), 0),
      prompt_rules: Object.fromEntries([...rules.entries()].sort((a, b) => b[1] - a[1])),
      checker_per_problem: total,
      checker_per_record: perRecordTotal,
    },
    null,
    2,
  ),
);
for (const f of failures) console.log(`FAIL ${f}`);
