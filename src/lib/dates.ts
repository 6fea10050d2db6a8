/** Formats the edition's partial dates (2001, 2001-09, 2001-09-28) for readers: "28 September 2001". */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${months[m - 1]} ${y}`;
  return `${d} ${months[m - 1]} ${y}`;
}
