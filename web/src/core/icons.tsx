/**
 * Inline SVG icons for buttons. Emoji (🔗 📄 📌) render as empty boxes where no
 * colour-emoji font is installed (Debian's defaults), so icons are drawn, in the
 * button's text colour.
 */
const PATHS = {
  /** Two chain links. */
  link: "M6.5 9.5l3-3M7 4.5l1.2-1.2a2.6 2.6 0 013.7 3.7L10.7 8.2M9 11.5l-1.2 1.2a2.6 2.6 0 01-3.7-3.7L5.3 7.8",
  /** A page with a folded corner and lines of text. */
  article: "M4 1.5h5.5L12.5 4.5v10h-8.5zM9.5 1.5v3h3M6 7.5h4.5M6 10h4.5M6 12.5h3",
  /** A push pin. */
  pin: "M6 1.5h4M7 1.5v4.5L4.5 8.5h7L9 6V1.5M8 8.5v6",
  /** A check mark. */
  check: "M3 8.5l3.2 3L13 4.5",
  /** A floppy disk (save). */
  save: "M2.5 2.5h9l2 2v9h-11zM5 2.5v3.5h5.5V2.5M5 13.5v-4h6v4",
  /** An open folder. */
  folder: "M1.5 4h4.5l1.5 1.5h7v8h-13zM1.5 7.5h13",
} as const;

export type IconName = keyof typeof PATHS;

export function Icon({ name, title }: { name: IconName; title?: string }) {
  return (
    <svg
      className="icon"
      data-icon={name}
      viewBox="0 0 16 16"
      width="14"
      height="14"
      fill="none"
      stroke="currentColor"
      strokeWidth="1.5"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden={title ? undefined : true}
      role={title ? "img" : undefined}
    >
      {title && <title>{title}</title>}
      <path d={PATHS[name]} />
    </svg>
  );
}
