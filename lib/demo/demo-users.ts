/** The demo sign-ins that `npm run demo` creates and prints. Not for production use. */
export const DEMO_PASSWORD = "stepwise-demo";
export const DEMO_JOIN_CODE = "DEMO7A";

export const demoStaff = [
  { email: "admin@stepwise.test", name: "Ada Admin", role: "admin" as const },
  { email: "teacher@stepwise.test", name: "Tomás Teacher", role: "teacher" as const },
];

export const demoStudents = [
  { email: "student@stepwise.test", name: "Sky Student" },
  { email: "maya@stepwise.test", name: "Maya Okafor" },
  { email: "leo@stepwise.test", name: "Leo Novak" },
  { email: "priya@stepwise.test", name: "Priya Raman" },
  { email: "sam@stepwise.test", name: "Sam Lindqvist" },
];

export function demoSignInLines(): string[] {
  return [
    `Demo sign-ins (password for all: ${DEMO_PASSWORD}):`,
    "  student  student@stepwise.test",
    "  teacher  teacher@stepwise.test",
    "  admin    admin@stepwise.test",
    `Class join code for new students: ${DEMO_JOIN_CODE}`,
  ];
}
