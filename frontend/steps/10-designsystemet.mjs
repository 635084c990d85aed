// Designsystemet: its theme and component CSS, concatenated into one file.
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";

export default async function build({ outDir, root }) {
  const dist = path.join(root, "node_modules", "@digdir", "designsystemet-css", "dist");
  const theme = await readFile(path.join(dist, "theme", "designsystemet.css"), "utf8");
  const components = await readFile(path.join(dist, "src", "index.css"), "utf8");
  await writeFile(path.join(outDir, "designsystemet.css"), `${theme}\n${components}\n`);
}
