import { describe, expect, it } from "vitest";
import { askFor } from "./mathdial-question";
import { lineComputations, solutionLines } from "./mathdial-solution";
import { planSteps, quantityWords } from "./mathdial-steps";

describe("reading a worked solution", () => {
  it.each([
    ["The total number of spoons from Julia and her husband was 12+3=15 spoons.", "12 + 3", 15],
    ["3 other people are bidding, so there are 3 bids * $50 per bid = $150 added.", "3 × $50", 150],
    ["He spent $2 on gumballs because 40 x .05 = 2", "40 × 0.05", 2],
    ["Then multiply: 1% * 5% = 0.05%", "1% × 5%", 0.05],
    ["To find how far she can go, multiply 25 miles per gallon x 12 gallons = 300 miles", "25 × 12", 300],
    ["Beatrice looked at 42 TVs in all - the 32 she looked at = 10 TVs.", "42 − 32", 10],
    ["She will have C + 6 = 2 * 14 = 28 posters.", "2 × 14", 28],
    ["then in 1800 seconds, Julia could download 1800/(1/4) = 1800 * 4 = 7200 songs", "1800 ÷ (1 ÷ 4)", 7200],
    ["Dried up:800(.10)=80 eggs", "800 × (0.10)", 80],
    ["The taco truck sold 3 + 2 * 10 = 3 + 20 = 23 soft tacos.", "3 + 2 × 10", 23],
    ["each person will pay $3000/2= =$1500", "$3000 ÷ 2", 1500],
    ["it would take 5/20=1/4 seconds to download one song", "5 ÷ 20", 0.25],
    ["The total time is 9:00-6:00 = 3 hours.", "9:00 − 6:00", 3],
  ])("%s", (line, display, value) => {
    const [c] = lineComputations(line, 0);
    expect(c?.display).toBe(display);
    expect(c?.value).toBe(value);
  });

  it.each([
    ["Let C be the number of posters Cassidy has now.", 0],
    ["s+s+s+s = 100", 0],
    ["Therefore, 4s=100", 0],
    ["1 hour = 60 minutes, so, Mac runs faster by 2 hours * 60 minutes = 120 minutes.", 1],
    ["Chris worked 8 weeks - 1 week = 7 weeks while Cathy worked for 8 weeks + 1 week = 9 weeks.", 2],
    ["That means the sun will set at 6:00+48=6:48 PM", 0],
  ])("%s holds %i computation(s)", (line, n) => {
    expect(lineComputations(line, 0)).toHaveLength(n);
  });

  it("strips GSM8K calculator annotations and reads the example file's literal \\n", () => {
    expect(solutionLines("He has 12+3=<<12+3=15>>15 spoons.\\n 15")).toEqual(["He has 12+3=15 spoons.", "15"]);
  });
});

describe("asking for a quantity in words", () => {
  const ask = (line: string) => {
    const [c] = lineComputations(line, 0);
    if (!c) throw new Error(`no computation in ${line}`);
    return askFor(quantityWords(c, undefined)).map((a) => a.text);
  };
  it.each([
    [
      "The total number of spoons from Julia and her husband was 12+3=15 spoons.",
      "What was the total number of spoons from Julia and her husband?",
    ],
    ["He spent $2 on gumballs because 40 x .05 = 2", "How much did he spend on gumballs?"],
    ["There are 28/2 = 14 fish in both aquariums.", "How many fish are there in both aquariums?"],
    ["In total Karan has to pay $3650 + $365 = $4015.", "How much money does Karan have to pay in total?"],
    [
      "If 40 people wanted seconds, he would have needed 40 x 2 = 80 hot dogs.",
      "If 40 people wanted seconds, how many hot dogs would he have needed?",
    ],
    ["80 - 54 = 26 people did not get second hotdogs.", "How many people did not get second hotdogs?"],
    [
      "Janice walks up 3 flights of stairs 5 times per day, for a total of 3*5 = 15 flights of stairs",
      "Janice walks up 3 flights of stairs 5 times per day. How many flights of stairs is that in total?",
    ],
    [
      "First, figure out how many gallons of gas Marcus bought by multiply the volume by the fill-ups: 20 gallons * 2 = 40 gallons",
      "How many gallons of gas did Marcus buy?",
    ],
    [
      "Then multiply that number by 20% to find the amount of the discount: $8000 * .2 = $1600",
      "What is the amount of the discount?",
    ],
    [
      "If Kim is currently 10 years old, she will be 10+2 =12 years old in two years.",
      "If Kim is currently 10 years old, how old will she be in two years?",
    ],
    [
      "On Thursday the mechanic charged a total of 6*60 + 4*40 = $520.",
      "On Thursday, how much did the mechanic charge in total?",
    ],
    ["65% of women are opposed to the idea because 100 - 35 = 65", "What percentage of women are opposed to the idea?"],
    ["Three weeks is 7*3=21 days.", "How many days is three weeks?"],
  ])("%s", (line, question) => {
    expect(ask(line)[0]).toBe(question);
  });

  it("never puts the sum or its result in a question", () => {
    for (const q of ask("The total number of spoons from Julia and her husband was 12+3=15 spoons.")) {
      expect(q).not.toMatch(/15|12\s*\+\s*3/);
    }
  });
});

describe("planning the steps", () => {
  it("asks a repeated value once and ends at the computation of the final answer", () => {
    const work = [
      "3 other people bid, so there are 3 bids * $50 per bid = $150 added to the cost.",
      "Carmen also adds 3 bids * $50 per bid = $150 to the overall cost.",
      "So in these bids, there has been a total of $150 + $150 = $300 added to the initial cost.",
      "The desk therefore costs $200 opening bid + $300 added cost = $500.",
    ];
    expect(planSteps(work, 500).map((s) => s.spec.value)).toEqual([150, 300, 500]);
    expect(planSteps(work, 500)[0]?.spec.unit?.name).toBe("dollars");
  });

  it("adds a last step for the question when no computation gives the final answer", () => {
    const steps = planSteps(["Reggie has lost 10 marbles because 100 - 90 = 10", "Reggie has lost 1 game"], 1);
    expect(steps.map((s) => [s.spec.value, s.comp === null])).toEqual([
      [10, false],
      [1, true],
    ]);
  });
});
