// Findings in the interface language. The engine words a finding's message in the notice's
// first language (what the CLI does too); a person whose interface is English but whose
// notice is Chinese should still read the findings in English. So, when the engine knows the
// interface language, the same sheet is checked once more with it first, before the notice's
// own languages (which the findings are about), and the messages (and the missing items of the
// completeness score) are taken from there, matched by code, path and the language a finding
// is about (two texts missing at one path: "no English version", "no Japanese version").
// Findings change far less often than text is typed, so that check runs only when the set
// of findings (or the interface language) changes.

import { languageParts } from './l10n.js';

const findingKey = (f) => `${f.code} ${f.path} ${f.lang ?? ''}`;

export function createFindingLanguage(engine) {
  let lastKey = null;
  let last = null;

  // Resolves to null when a newer check replaced this one (web/engine.js): that edit's
  // result is stale anyway.
  return async function inInterfaceLanguage(sheet, result, options, uiLanguage) {
    const findings = Array.isArray(result.findings) ? result.findings : [];
    // The engine words findings in the first notice's (primary) language: "zh-CN+en" → zh-CN.
    const noticeLanguage = Array.isArray(sheet.languages) ? languageParts(sheet.languages[0])[0] : undefined;
    if (noticeLanguage === uiLanguage || !engine.languages().includes(uiLanguage)) return result;
    const key = JSON.stringify([uiLanguage, options, findings.map(findingKey),
      (result.completeness?.missing ?? []).map((m) => m.label)]);
    if (key !== lastKey) {
      const noticeLanguages = Array.isArray(sheet.languages) ? sheet.languages : [];
      const languages = [uiLanguage, ...noticeLanguages.filter((l) => l !== uiLanguage)];
      const checked = await engine.check(sheet, { ...options, languages });
      if (checked === null) return null;
      lastKey = key;
      last = {
        messages: new Map((checked.findings ?? []).map((f) => [findingKey(f), f.message])),
        missing: checked.completeness?.missing,
      };
    }
    return {
      ...result,
      findings: findings.map((f) => ({ ...f, message: last.messages.get(findingKey(f)) ?? f.message })),
      completeness: result.completeness && last.missing
        ? { ...result.completeness, missing: last.missing } : result.completeness,
    };
  };
}
