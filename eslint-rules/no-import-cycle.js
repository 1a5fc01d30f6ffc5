import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/**
 * tryggve/no-import-cycle: a file must not reach itself through its relative imports (type-only
 * imports included: a loop of types still ties the files' meaning together). Reports the import
 * that starts the loop, with the loop's files. Other files' imports are read as text once per
 * run (static `import`/`export … from`; a dynamic `import()` loads later and is left out).
 */

const importPattern =
  /(?:^|[\n;])\s*(?:import|export)\s+(?:type\s+)?(?:[^'";]*?\s+from\s+)?['"](\.{1,2}\/[^'"]+)['"]/g;
const importsOfFile = new Map();

/** The file a relative specifier names: `./x.js` is the source `./x.ts` (or .tsx, or itself). */
function resolveSpecifier(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const stem = base.replace(/\.(js|mjs|ts|tsx)$/, '');
  for (const candidate of [`${stem}.ts`, `${stem}.tsx`, base, join(base, 'index.ts')]) {
    if (existsSync(candidate) && /\.(ts|tsx|js|mjs)$/.test(candidate)) return candidate;
  }
  return null;
}

function importsOf(file) {
  let imports = importsOfFile.get(file);
  if (imports) return imports;
  let text = '';
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    // an unreadable file imports nothing we can follow
  }
  imports = [];
  for (const match of text.matchAll(importPattern)) {
    const target = resolveSpecifier(file, match[1]);
    if (target) imports.push(target);
  }
  importsOfFile.set(file, imports);
  return imports;
}

/** A path of imports from `start` back to `goal`, or null (breadth first: the shortest). */
function pathBack(start, goal) {
  const cameFrom = new Map([[start, null]]);
  const queue = [start];
  while (queue.length > 0) {
    const file = queue.shift();
    for (const next of importsOf(file)) {
      if (next === goal) {
        const path = [file];
        for (let step = cameFrom.get(file); step; step = cameFrom.get(step)) path.unshift(step);
        return path;
      }
      if (!cameFrom.has(next)) {
        cameFrom.set(next, file);
        queue.push(next);
      }
    }
  }
  return null;
}

export const noImportCycle = {
  meta: {
    type: 'problem',
    docs: { description: 'Forbid relative imports that lead back to the importing file.' },
    schema: [],
    messages: {
      cycle:
        'Import loop: {{loop}}. Move what both sides need to a file below both (a types or port file).',
    },
  },
  create(context) {
    const file = resolve(context.filename);
    const root = context.cwd;
    const check = (node) => {
      const specifier = node.source?.value;
      if (typeof specifier !== 'string' || !specifier.startsWith('.')) return;
      const target = resolveSpecifier(file, specifier);
      if (!target) return;
      const path = target === file ? [] : pathBack(target, file);
      if (!path) return;
      const loop = [file, ...path, file].map((step) => step.slice(root.length + 1)).join(' → ');
      context.report({ node, messageId: 'cycle', data: { loop } });
    };
    return {
      ImportDeclaration: check,
      ExportNamedDeclaration: check,
      ExportAllDeclaration: check,
    };
  },
};
