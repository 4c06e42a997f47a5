// A tiny static file server for tests/tools/lighthouse.sh: serves a built output folder on
// 127.0.0.1 the way a static host does (folder URLs map to index.html, unknown paths get 404.html).
// Usage: node serve.mjs DIR PORT
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { extname, join, normalize, sep } from "node:path";

const [root, port] = [process.argv[2], Number(process.argv[3] ?? 5090)];
const types = {
  ".html": "text/html; charset=utf-8", ".css": "text/css; charset=utf-8", ".js": "text/javascript; charset=utf-8",
  ".mjs": "text/javascript; charset=utf-8", ".json": "application/json", ".svg": "image/svg+xml", ".png": "image/png",
  ".jpg": "image/jpeg", ".webp": "image/webp", ".xml": "application/xml", ".txt": "text/plain; charset=utf-8",
  ".wasm": "application/wasm", ".pf_meta": "application/octet-stream", ".pf_fragment": "application/octet-stream",
  ".pf_index": "application/octet-stream", ".pagefind": "application/octet-stream",
};

async function file(path) {
  try {
    const info = await stat(path);
    return info.isDirectory() ? file(join(path, "index.html")) : path;
  } catch {
    return null;
  }
}

createServer(async (request, response) => {
  const url = new URL(request.url, "http://127.0.0.1");
  const path = normalize(join(root, decodeURIComponent(url.pathname)));
  if (!path.startsWith(normalize(root + sep)) && path !== normalize(root)) {
    response.writeHead(400).end();
    return;
  }
  if (url.pathname.endsWith("/") === false && extname(url.pathname) === "" && (await file(join(path, "index.html")))) {
    response.writeHead(301, { Location: url.pathname + "/" + url.search }).end();
    return;
  }
  const found = await file(path);
  const target = found ?? (await file(join(root, url.pathname.split("/")[1] ?? "", "404.html"))) ?? (await file(join(root, "404.html")));
  if (!target) {
    response.writeHead(404).end();
    return;
  }
  response.writeHead(found ? 200 : 404, {
    "Content-Type": types[extname(target)] ?? "application/octet-stream",
  });
  response.end(await readFile(target));
}).listen(port, "127.0.0.1", () => console.log(`serving ${root} on http://127.0.0.1:${port}/`));
