/** A CPU's badge: a distinct shape with the CPU's letter, so CPUs never differ by colour alone. */
import { shapeOf } from './view';

const SHAPES = {
  circle: <circle cx="11" cy="11" r="10" />,
  square: <rect x="1.5" y="1.5" width="19" height="19" rx="2" />,
  triangle: <polygon points="11,0.5 21.5,20.5 0.5,20.5" />,
  diamond: <polygon points="11,0 22,11 11,22 0,11" />,
} as const;

export function CpuBadge({ cpu, name }: { cpu: number; name: string }) {
  const shape = shapeOf(cpu);
  return (
    <svg
      class={`lab-badge lab-badge-${cpu % 4}`}
      data-shape={shape}
      viewBox="0 0 22 22"
      width="22"
      height="22"
      aria-hidden="true"
      focusable="false"
    >
      {SHAPES[shape]}
      <text x="11" y={shape === 'triangle' ? 17 : 15} text-anchor="middle">
        {name.slice(0, 1)}
      </text>
    </svg>
  );
}
