export type BrandMarkProps = {
  size?: number;
};

/** The Luban mark: three rising bars on a blue tile (same as the favicon). */
export function BrandMark({ size = 28 }: BrandMarkProps) {
  return (
    <svg width={size} height={size} viewBox="0 0 64 64" aria-hidden="true" focusable="false" style={{ flex: 'none' }}>
      <rect width="64" height="64" rx="14" fill="#1f5fbf" />
      <path d="M16 46h32v5H16zM20 20h5v22h-5zM29.5 14h5v28h-5zM39 24h5v18h-5z" fill="#fff" />
    </svg>
  );
}
