#!/usr/bin/env node
// Renders fact sheets with the CLI into one plain-text file per notice, for reading and
// diffing: OUTDIR/<sheet>.<lang>.<channel>.txt (".<kind>" is added when one sheet gives
// several notices for the same language and channel). Prints a line per sheet.
//
//   node tools/render-examples.mjs CLI OUTDIR SHEET.json...
//
// Exits 1 when a sheet could not be rendered (a finding of severity "error").
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const [cli, outDir, ...sheets] = process.argv.slice(2);
if (!cli || !outDir || sheets.length === 0) {
  console.error('usage: node tools/render-examples.mjs CLI OUTDIR SHEET.json...');
  process.exit(2);
}

rmSync(outDir, { recursive: true, force: true });
mkdirSync(outDir, { recursive: true });

let failures = 0;
for (const sheet of sheets) {
  const name = path.basename(sheet, '.json');
  const run = spawnSync(cli, ['render', sheet, '--format', 'json'], { encoding: 'utf8' });
  let result;
  try {
    result = JSON.parse(run.stdout);
  } catch {
    console.log(`  ${name}: the CLI gave no result (${run.error?.message ?? run.stderr.trim()})`);
    ++failures;
    continue;
  }
  const outputs = result.outputs ?? [];
  const findings = result.findings ?? [];

  const perTarget = new Map();  // "lang.channel" → how many outputs
  for (const output of outputs) {
    const target = `${output.lang}.${output.channel}`;
    perTarget.set(target, (perTarget.get(target) ?? 0) + 1);
  }
  for (const output of outputs) {
    const target = `${output.lang}.${output.channel}`;
    const suffix = perTarget.get(target) > 1 ? `.${output.kind}` : '';
    const body = (output.subject ? `Subject: ${output.subject}\n\n` : '') + (output.text ?? '');
    writeFileSync(path.join(outDir, `${name}.${target}${suffix}.txt`),
                  body.endsWith('\n') ? body : body + '\n');
  }

  const count = (severity) => findings.filter((f) => f.severity === severity).length;
  const errors = count('error');
  const languages = [...new Set(outputs.map((o) => o.lang))].join(', ');
  const channels = [...new Set(outputs.map((o) => o.channel))].join(', ');
  console.log(`  ${name}: ${outputs.length} notices` +
              (outputs.length ? ` (${languages} × ${channels})` : '') +
              `, ${errors} errors, ${count('warning')} warnings`);
  for (const finding of findings.filter((f) => f.severity === 'error')) {
    console.log(`    ${finding.severity} ${finding.code} at ${finding.path}: ${finding.message}`);
  }
  if (errors > 0) ++failures;
}
console.log(`  written to ${outDir}/`);
process.exit(failures > 0 ? 1 : 0);
