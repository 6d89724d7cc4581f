// @ts-nocheck
import type { Lang } from '../i18n/lang.ts';

/** Integer cents as people read them: `€ 1.234,56` (Dutch) or `€1,234.56` (English). */
export function formatCents(cents: number, lang: Lang): string {
  const sign = cents < 0 ? '-' : '';
  const absolute = Math.abs(Math.trunc(cents));
  const euros = Math.floor(absolute / 100).toString();
  const rest = String(absolute % 100).padStart(2, '0');
  const [group, decimal, space] = lang === 'nl' ? ['.', ',', ' '] : [',', '.', ''];
  const grouped = euros.replace(/\B(?=(\d{3})+(?!\d))/g, group);
  return `${sign}€${space}${grouped}${decimal}${rest}`;
}
