/**
 * A phone number for the public board: enough to recognise, not to call.
 * 13905563001 → 139****3001; 0556-5201001 → 0556-***1001.
 */
export function maskPhone(phone: string): string {
  const trimmed = phone.trim();
  if (/^1\d{10}$/.test(trimmed)) return `${trimmed.slice(0, 3)}****${trimmed.slice(7)}`;
  const landline = /^(0\d{2,3})-?(\d{7,8})$/.exec(trimmed);
  if (landline) return `${landline[1]}-***${landline[2].slice(-4)}`;
  if (trimmed.length <= 4) return '****';
  return `****${trimmed.slice(-4)}`;
}
