/** `formatVnd`: whole đồng as Vietnamese readers write them (`8.000 đ`) or in English (`8,000 VND`). */
import type { Lang } from './messages.js';

const formats: Readonly<Record<Lang, Intl.NumberFormat>> = {
  vi: new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 }),
  en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 }),
};

/** @example formatVnd(8000, 'vi') // '8.000 đ' */
export function formatVnd(amount: number, lang: Lang): string {
  return lang === 'vi' ? `${formats.vi.format(amount)} đ` : `${formats.en.format(amount)} VND`;
}
