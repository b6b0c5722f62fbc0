/**
 * The shared state, drawn (Python Tutor's heap, on kernel lists): the balloon device b and the
 * lock tokens along the top, one column per list (b->pages, each compaction CPU's
 * cc->migratepages, each driver's local pages), a card per page with its flags as labelled
 * badges and page->private as an arrow to b or a "0". A page a corruption tore out is hatched and
 * labelled, never marked by colour alone. Rendered at build time (LabStatic) and live; cards
 * glide between lists unless the reader prefers reduced motion (lab.css).
 */
import { layoutPicture, type Box, type PictureLayout } from './layout';
import { pictureText, type Picture, type PictureCard } from './picture';
import { useNarrowStage } from './useNarrowStage';

export interface StatePictureProps {
  uid: string;
  picture: Picture;
  /** The lists in the model's words (picturesText), for the text alternative. */
  listText: readonly string[];
}

const px = (b: Box) => ({ transform: `translate(${b.x}px, ${b.y}px)` });

export function StatePicture({ uid, picture, listText }: StatePictureProps) {
  // Two lists per row on a phone, live; the build-time drawing is the stage's wide one.
  const l = layoutPicture(picture, useNarrowStage() ? 2 : Infinity);
  const hatch = `${uid}-hatch`;
  const arrow = `${uid}-arrow`;
  return (
    <svg
      class="lab-picture"
      viewBox={`0 0 ${l.width} ${l.height}`}
      role="img"
      aria-label={`The shared state, drawn. ${pictureText(picture, listText)}`}
      data-torn={picture.lists.some((list) => list.tornOut.length) ? '' : undefined}
    >
      <defs>
        <pattern id={hatch} width="8" height="8" patternUnits="userSpaceOnUse">
          <path d="M0 8 L8 0" class="lab-pic-hatch" />
        </pattern>
        <marker
          id={arrow}
          viewBox="0 0 10 10"
          refX="9"
          refY="5"
          markerWidth="7"
          markerHeight="7"
          orient="auto"
        >
          <path d="M0 0 L10 5 L0 10 z" class="lab-pic-arrowhead" />
        </marker>
      </defs>
      <Device box={l.device} />
      <LockPills picture={picture} at={l.locks} />
      {picture.lists.map((list, i) => (
        <g key={list.id} class="lab-pic-list" data-list={list.id}>
          <rect
            class="lab-pic-column"
            x={l.columns[i].x}
            y={l.columns[i].y}
            width={l.columns[i].w}
            height={l.columns[i].h}
            rx="6"
          />
          <text class="lab-pic-name" x={l.columns[i].x + 8} y={l.columns[i].y + 15}>
            {list.name}
          </text>
          <text class="lab-pic-role" x={l.columns[i].x + 8} y={l.columns[i].y + 28}>
            {list.role}
          </text>
          {list.pages.length + list.tornOut.length === 0 && (
            <text class="lab-pic-small" x={l.columns[i].x + 8} y={l.columns[i].y + 52}>
              (empty)
            </text>
          )}
        </g>
      ))}
      {l.ghosts.map((g) => {
        const torn = picture.lists[g.list].tornOut.find((t) => t.page === g.page);
        return (
          <g
            key={`torn-${g.list}-${g.page}`}
            class="lab-pic-torn"
            data-torn-page={g.page}
            style={px(g.box)}
          >
            <rect width={g.box.w} height={g.box.h} rx="5" class="lab-pic-torn-box" />
            <rect width={g.box.w} height={g.box.h} rx="5" fill={`url(#${hatch})`} />
            <text x="8" y="18" class="lab-pic-page">
              {g.page}
            </text>
            <text x="24" y="18" class="lab-pic-warn">
              ✗ torn out
            </text>
            <text x="8" y="40" class="lab-pic-small">
              {torn?.by ? `by CPU ${torn.by.cpu}, step ${torn.by.step}` : 'unlinked by another CPU'}
            </text>
            <text x="8" y="60" class="lab-pic-small">
              still counted here
            </text>
          </g>
        );
      })}
      {picture.cards.map((c) => {
        const box = l.cards.get(c.page);
        return box ? <Card key={c.page} card={c} box={box} hatch={hatch} /> : null;
      })}
      {picture.cards.map((c) => {
        const box = l.cards.get(c.page);
        if (!box || c.private !== 'b') return null;
        const sx = box.x + box.w - 4;
        const sy = box.y + box.h - 12;
        const tx = l.device.x + l.device.w;
        const ty = l.device.y + l.device.h / 2;
        const d = `M ${sx} ${sy} C ${sx + 26} ${sy - 40}, ${tx + 60} ${ty}, ${tx} ${ty}`;
        return (
          <path
            key={`private-${c.page}`}
            class="lab-pic-pointer"
            style={{ d: `path("${d}")` }}
            d={d}
            marker-end={`url(#${arrow})`}
          />
        );
      })}
      <Counters picture={picture} lines={l.counters} />
    </svg>
  );
}

function Device({ box }: { box: Box }) {
  return (
    <g class="lab-pic-device">
      <rect x={box.x} y={box.y} width={box.w} height={box.h} rx="6" />
      <text x={box.x + 10} y={box.y + 17} class="lab-pic-name">
        b
      </text>
      <text x={box.x + 10} y={box.y + 32} class="lab-pic-small">
        the balloon device
      </text>
    </g>
  );
}

function LockPills({ picture, at }: { picture: Picture; at: PictureLayout['locks'] }) {
  const lock = picture.lock;
  const spin = lock.holder ? `balloon_pages_lock: CPU ${lock.holder}` : 'balloon_pages_lock: free';
  const waiting = lock.waiters.length ? ` · ${lock.waiters.join(', ')} spinning` : '';
  const mutex = picture.mutex.holder
    ? `driver mutex: CPU ${picture.mutex.holder}`
    : 'driver mutex: free';
  return (
    <g class="lab-pic-locks" data-held={lock.holder ? '' : undefined}>
      <text x={at.x} y={at.y} text-anchor={at.anchor} class="lab-pic-lock">
        {lock.holder ? '◆ ' : '◇ '}
        {spin}
        {waiting}
      </text>
      <text x={at.x} y={at.y + 20} text-anchor={at.anchor} class="lab-pic-small">
        {mutex}
      </text>
    </g>
  );
}

function Badge({ x, y, label, kind }: { x: number; y: number; label: string; kind: string }) {
  return (
    <g class="lab-pic-badge" data-badge={kind} transform={`translate(${x} ${y})`}>
      <rect width={label.length * 6.4 + 10} height="16" rx="3" />
      <text x="5" y="12">
        {label}
      </text>
    </g>
  );
}

/** The page's flags as labelled badges, two rows: PG_movable_ops and ISOLATED, then PG_locked. */
function badgesOf(c: PictureCard) {
  const flags = [
    ...(c.movableOps ? [{ label: 'movable_ops', kind: 'mo' }] : []),
    ...(c.isolated ? [{ label: 'ISOLATED', kind: 'iso' }] : []),
    ...(c.stranger ? [{ label: 'stranger', kind: 'stranger' }] : []),
  ];
  let x = 8;
  const row1 = flags.map((b) => {
    const at = x;
    x += b.label.length * 6.4 + 14;
    return <Badge key={b.kind} x={at} y={25} label={b.label} kind={b.kind} />;
  });
  const lock = c.lockedBy ? (
    <Badge key="lock" x={8} y={45} label={`PG_locked: ${c.lockedBy}`} kind="lock" />
  ) : null;
  const poison = c.poisoned ? (
    <Badge key="poison" x={8} y={65} label="lru poisoned" kind="poison" />
  ) : null;
  return [...row1, lock, poison];
}

function Card({ card, box, hatch }: { card: PictureCard; box: Box; hatch: string }) {
  return (
    <g
      class="lab-pic-card"
      data-page={card.page}
      data-poisoned={card.poisoned ? '' : undefined}
      style={px(box)}
    >
      <rect width={box.w} height={box.h} rx="5" class="lab-pic-card-box" />
      {card.poisoned && <rect width={box.w} height={box.h} rx="5" fill={`url(#${hatch})`} />}
      <text x="8" y="18" class="lab-pic-page">
        {card.page}
      </text>
      <text x="24" y="18" class="lab-pic-small">
        {card.lifecycle} · ref {card.refcount}
      </text>
      {badgesOf(card)}
      <text x={box.w - 6} y={box.h - 8} text-anchor="end" class="lab-pic-small">
        {card.private === 'b' ? 'private →' : 'private = 0'}
      </text>
    </g>
  );
}

/** The counters on one line, or on two (isolated_pages and NR_BALLOON_PAGES, then the events). */
function Counters({ picture, lines }: { picture: Picture; lines: number[] }) {
  const c = picture.counters;
  const pages = `isolated_pages ${picture.isolatedPages} · NR_BALLOON_PAGES ${c.NR_BALLOON_PAGES}`;
  const events = `INFLATE/DEFLATE/MIGRATE ${c.BALLOON_INFLATE}/${c.BALLOON_DEFLATE}/${c.BALLOON_MIGRATE}`;
  const texts = lines.length > 1 ? [pages, events] : [`${pages} · ${events}`];
  return (
    <g class="lab-pic-counters">
      {texts.map((t, i) => (
        <text key={i} x="8" y={lines[i]} class="lab-pic-small">
          {t}
        </text>
      ))}
    </g>
  );
}
