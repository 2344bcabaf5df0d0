// Copies the browser libraries the pages use from node_modules into wwwroot/vendor, each with its
// licence, so the .NET build serves them without npm or a CDN. Run `npm ci && npm run vendor`.
import { copyFileSync, mkdirSync, readFileSync, rmSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const target = join(here, "wwwroot", "vendor");

const packages = {
  react: ["umd/react.production.min.js", "LICENSE"],
  "react-dom": ["umd/react-dom.production.min.js", "LICENSE"],
  graphiql: ["graphiql.min.js", "graphiql.min.css", "LICENSE"],
  cytoscape: ["dist/cytoscape.min.js", "LICENSE"],
};

rmSync(target, { recursive: true, force: true });
const versions = {};
for (const [name, files] of Object.entries(packages)) {
  const source = join(here, "node_modules", name);
  versions[name] = JSON.parse(readFileSync(join(source, "package.json"), "utf8")).version;
  for (const file of files) {
    const destination = join(target, name, file.split("/").pop());
    mkdirSync(dirname(destination), { recursive: true });
    copyFileSync(join(source, file), destination);
  }
}

console.log("vendored", Object.entries(versions).map(([n, v]) => `${n}@${v}`).join(", "));
