// Module hooks for worker threads running TypeScript sources (see register.js): an import of
// `./x.js` that names a `./x.ts` source resolves to it, and a .ts file is transpiled with
// TypeScript's own transpileModule (types removed, nothing checked: tsc checks). Transpiled
// files are kept in node_modules/.cache by content, so later threads start quickly.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const cacheFolder = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  'node_modules',
  '.cache',
  'tryggve-worker-typescript',
);
let typescript = null;

export async function resolve(specifier, context, nextResolve) {
  const parent = context.parentURL;
  if (parent?.endsWith('.ts') && specifier.startsWith('.') && specifier.endsWith('.js')) {
    const source = new URL(specifier.replace(/\.js$/, '.ts'), parent);
    if (existsSync(fileURLToPath(source))) return { url: source.href, shortCircuit: true };
  }
  return nextResolve(specifier, context);
}

export async function load(url, context, nextLoad) {
  if (!url.startsWith('file:') || !url.endsWith('.ts')) return nextLoad(url, context);
  const path = fileURLToPath(url);
  const text = await readFile(path, 'utf8');
  const key = createHash('sha256').update(path).update('\0').update(text).digest('hex');
  const cached = join(cacheFolder, `${key}.js`);
  if (existsSync(cached)) {
    return { format: 'module', source: readFileSync(cached, 'utf8'), shortCircuit: true };
  }
  typescript ??= (await import('typescript')).default;
  const { outputText } = typescript.transpileModule(text, {
    fileName: path,
    compilerOptions: {
      module: typescript.ModuleKind.ESNext,
      target: typescript.ScriptTarget.ES2022,
      verbatimModuleSyntax: true,
      inlineSourceMap: true,
    },
  });
  try {
    mkdirSync(cacheFolder, { recursive: true });
    writeFileSync(cached, outputText);
  } catch {
    // a cache that cannot be written only costs time
  }
  return { format: 'module', source: outputText, shortCircuit: true };
}
