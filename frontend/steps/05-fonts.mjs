// Inter, self-hosted: the variable font (all weights in one file) from @fontsource-variable/inter,
// Latin and Latin Extended only (Norwegian, Sámi and names from across Europe). Writes
// static/build/fonts/*.woff2 and static/build/fonts.css, declared as "Inter" so Designsystemet's
// --ds-font-family picks it up. The browser downloads latin-ext only for a page that uses it.
import { copyFile, mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const SUBSETS = {
  latin:
    "U+0000-00FF,U+0131,U+0152-0153,U+02BB-02BC,U+02C6,U+02DA,U+02DC,U+0304,U+0308,U+0329,U+2000-206F,U+20AC,U+2122,U+2191,U+2193,U+2212,U+2215,U+FEFF,U+FFFD",
  "latin-ext":
    "U+0100-02BA,U+02BD-02C5,U+02C7-02CC,U+02CE-02D7,U+02DD-02FF,U+0304,U+0308,U+0329,U+1D00-1DBF,U+1E00-1E9F,U+1EF2-1EFF,U+2020,U+20A0-20AB,U+20AD-20C0,U+2113,U+2C60-2C7F,U+A720-A7FF",
};

export default async function build({ outDir, root }) {
  const files = path.join(root, "node_modules", "@fontsource-variable", "inter", "files");
  const fontsDir = path.join(outDir, "fonts");
  await mkdir(fontsDir, { recursive: true });
  const faces = [];
  for (const [subset, range] of Object.entries(SUBSETS)) {
    const name = `inter-${subset}-wght-normal.woff2`;
    await copyFile(path.join(files, name), path.join(fontsDir, name));
    faces.push(`@font-face {
  font-family: "Inter";
  font-style: normal;
  font-display: swap;
  font-weight: 100 900;
  src: url("fonts/${name}") format("woff2-variations"), url("fonts/${name}") format("woff2");
  unicode-range: ${range};
}`);
  }
  await writeFile(path.join(outDir, "fonts.css"), `/* Inter (SIL Open Font License 1.1), via @fontsource-variable/inter */\n${faces.join("\n")}\n`);
}
