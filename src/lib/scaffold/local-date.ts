/** The calendar day of `now` in the machine's time zone, `YYYY-MM-DD`: what "today" means to the person running a command. */
export function localDate(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${String(now.getFullYear()).padStart(4, '0')}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
