// Finds a Chromium for Playwright: Playwright's own where installed, else the OS package
// (/usr/bin/chromium), else installs the OS package when it can (root + apt), else stops with
// a clear message. Prints the path on stdout.
import { execSync, spawnSync } from "node:child_process";
import fs from "node:fs";

export async function findChromium({ install = true } = {}) {
  if (process.env.CHROMIUM_PATH && fs.existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  try {
    const { chromium } = await import("@playwright/test");
    const own = chromium.executablePath();
    if (own && fs.existsSync(own)) return own;
  } catch {
    // Playwright's browser is not installed: fine, try the OS one.
  }
  for (const p of ["/usr/bin/chromium", "/usr/bin/chromium-browser", "/usr/bin/google-chrome"]) {
    if (fs.existsSync(p)) return p;
  }
  const isRoot = process.getuid?.() === 0;
  const hasApt = spawnSync("sh", ["-c", "command -v apt-get"]).status === 0;
  if (install && isRoot && hasApt) {
    console.error("No Chromium found: installing Debian's chromium package (apt-get install chromium)...");
    execSync("apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null", {
      stdio: ["ignore", "ignore", "inherit"],
    });
    if (fs.existsSync("/usr/bin/chromium")) return "/usr/bin/chromium";
  }
  throw new Error(
    "No Chromium found for the browser tests. Install one of: Playwright's (npx playwright install chromium), " +
      "your OS package (Debian/Ubuntu: sudo apt-get install chromium), or set CHROMIUM_PATH=/path/to/chromium.",
  );
}

if (import.meta.url === `file://${process.argv[1]}`) {
  findChromium().then(
    (p) => console.log(p),
    (e) => {
      console.error(e.message);
      process.exit(1);
    },
  );
}
