// Build step: runs every module in frontend/steps/ (each exports a default async function).
// Output goes to static/build/, which is git-ignored.
import { mkdir, readdir } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = path.dirname(fileURLToPath(import.meta.url));
const outDir = path.resolve(here, "..", "static", "build");
await mkdir(outDir, { recursive: true });

const stepsDir = path.join(here, "steps");
const steps = (await readdir(stepsDir)).filter((name) => name.endsWith(".mjs")).sort();
for (const name of steps) {
  const step = await import(pathToFileURL(path.join(stepsDir, name)).href);
  await step.default({ outDir, root: path.resolve(here, "..") });
  console.log(`built: ${name}`);
}
