/**
 * GitHub "renames asset filenames that have special characters, non-alphanumeric characters, and
 * leading or trailing periods" (repos/upload-release-asset). GitHub does not publish the rule; this
 * reproduces what uploads have been observed to do (travis-ci/dpl#821, actions/upload-release-asset
 * #57, softprops/action-gh-release#159, cli/cli#10585):
 * - letters, digits, `-`, `_` and `.` are kept;
 * - common Latin letters with diacritics are transliterated (`ż` → `z`, `æ` → `ae`, `ð` → `d`);
 * - every run of other characters (space, `~`, `:`, `(`, `+`, `©`, …) becomes one `.`, merging
 *   with neighbouring periods (`a{}~.txt` → `a.txt`);
 * - leading and trailing periods are dropped.
 */
const TRANSLITERATIONS: Record<string, string> = {
  æ: 'ae',
  Æ: 'AE',
  œ: 'oe',
  Œ: 'OE',
  ð: 'd',
  Ð: 'D',
  þ: 'th',
  Þ: 'TH',
  ŋ: 'ng',
  Ŋ: 'NG',
  ø: 'o',
  Ø: 'O',
  ł: 'l',
  Ł: 'L',
  đ: 'd',
  Đ: 'D',
  ß: 'ss',
  ı: 'i'
}

export function sanitizeAssetName(name: string): string {
  const transliterated = [...name.normalize('NFKD')]
    .filter((ch) => !/\p{Mn}/u.test(ch))
    .map((ch) => TRANSLITERATIONS[ch] ?? ch)
    .join('')
  // \uE000 marks a replaced run so it can absorb adjacent literal periods.
  return transliterated
    .replace(/[^A-Za-z0-9._-]+/g, '\uE000')
    .replace(/[.\uE000]*\uE000[.\uE000]*/g, '.')
    .replace(/^\.+|\.+$/g, '')
}
