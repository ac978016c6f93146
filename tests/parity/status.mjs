// The exit status a result implies. The core's Status (noticekit.h) reaches the CLI as its exit
// status and a batch record's "status", but the WebAssembly module returns only the result
// JSON; so, unless the result carries a "status" of its own, it is derived from the findings
// by the rule the README gives for the exit status:
//   2  the input is unusable: it is not JSON (json.*), it is over the size limit
//      (sheet.too_large), a field has the wrong type (type.mismatch) or a text
//      map a key that is no language tag (text.language_tag), the schema is not
//      noticekit/1 (schema.unsupported), or the request names a language, channel, field,
//      kind or role the core cannot use, or too many languages (those findings have the
//      empty path: they are about the request, not a place in the sheet);
//   1  another error-level finding;
//   0  none.
// (core/src/api.cpp, Judged::status, is the same rule in C++; a drift between the two shows
// as an exit status the parity test did not expect.)

const unusableSheetCodes = new Set(['sheet.too_large', 'type.mismatch', 'text.language_tag', 'schema.unsupported']);
const requestCodes = new Set([
  'language.unsupported', 'language.combination', 'channel.unsupported', 'field.unsupported',
  'kind.unsupported', 'role.unknown', 'request.invalid', 'languages.too_many',
]);

export function impliedStatus(result) {
  if (typeof result?.status === 'number') return result.status;
  const errors = (result?.findings ?? []).filter((f) => f.severity === 'error');
  const unusable = errors.some((f) => String(f.code).startsWith('json.') || unusableSheetCodes.has(f.code) ||
                                      (f.path === '' && requestCodes.has(f.code)));
  if (unusable) return 2;
  return errors.length > 0 ? 1 : 0;
}
