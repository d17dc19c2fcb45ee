import { demoSignInLines } from "@/lib/demo/demo-users";
import { env } from "@/lib/env";

console.log(`\nStepwise is starting on http://localhost:${env().PORT}`);
for (const line of demoSignInLines()) console.log(line);
console.log("Press Ctrl-C to stop.\n");
