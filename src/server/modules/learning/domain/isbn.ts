/**
 * ISBN-10 and ISBN-13 with their check digits. Hyphens and spaces are accepted on input and
 * dropped; the stored form is the 13-digit one (an ISBN-10 is converted with the 978 prefix).
 */
export type IsbnCheck = { ok: true; isbn13: string } | { ok: false; reason: 'length' | 'characters' | 'checksum' };

function isbn13CheckDigit(first12: string): number {
  let sum = 0;
  for (let index = 0; index < 12; index += 1) sum += Number(first12[index]) * (index % 2 === 0 ? 1 : 3);
  return (10 - (sum % 10)) % 10;
}

function isbn10IsValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < 10; index += 1) {
    const char = digits[index] ?? '';
    const value = index === 9 && (char === 'X' || char === 'x') ? 10 : Number(char);
    sum += value * (10 - index);
  }
  return sum % 11 === 0;
}

export function checkIsbn(input: string): IsbnCheck {
  const compact = input.replace(/[\s-]/g, '');
  if (compact.length !== 10 && compact.length !== 13) return { ok: false, reason: 'length' };
  if (compact.length === 13) {
    if (!/^\d{13}$/.test(compact)) return { ok: false, reason: 'characters' };
    return isbn13CheckDigit(compact.slice(0, 12)) === Number(compact[12]) ? { ok: true, isbn13: compact } : { ok: false, reason: 'checksum' };
  }
  if (!/^\d{9}[\dXx]$/.test(compact)) return { ok: false, reason: 'characters' };
  if (!isbn10IsValid(compact)) return { ok: false, reason: 'checksum' };
  const first12 = `978${compact.slice(0, 9)}`;
  return { ok: true, isbn13: `${first12}${isbn13CheckDigit(first12)}` };
}
