/** Formats the edition's partial dates (2001, 2001-09, 2001-09-28) for readers: "28 September 2001". */
const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export function formatDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number);
  if (m === undefined) return String(y);
  if (d === undefined) return `${months[m - 1]} ${y}`;
  return `${d} ${months[m - 1]} ${y}`;
}

/**
 * The date of a statement's meeting as printed in lists and headers: the
 * meeting's date, or the year when there is none; `probable` when the date
 * comes from a meeting identified only probably (a year alone is the
 * statement's own, not the identification's).
 */
export function meetingDate(meeting: { date?: string; status: string }, year: number): { text: string; probable: boolean } {
  if (!meeting.date) return { text: String(year), probable: false };
  return { text: formatDate(meeting.date), probable: meeting.status === 'probable' };
}
