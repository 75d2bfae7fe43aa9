import { helsinkiWallClockToEpoch, toHelsinkiWallClock } from "@reskontra/domain";

/** "2026-04-07" + "09:30" in Helsinki → ISO instant; null when either part is not filled in. */
export function helsinkiInstant(date: string, time: string): string | null {
  const m = /^(\d{2}):(\d{2})$/.exec(time);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || !m) return null;
  return new Date(helsinkiWallClockToEpoch(date, Number(m[1]) * 60 + Number(m[2]))).toISOString();
}

/** An instant as Helsinki "YYYY-MM-DD" and "HH:MM", for the form's inputs. */
export function helsinkiParts(instant: Date): { date: string; time: string } {
  const { date, minuteOfDay } = toHelsinkiWallClock(instant.getTime());
  const hh = String(Math.floor(minuteOfDay / 60)).padStart(2, "0");
  const mm = String(minuteOfDay % 60).padStart(2, "0");
  return { date, time: `${hh}:${mm}` };
}
